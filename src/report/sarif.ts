import { CHECKS } from '../checks/index.js';
import type { RunResult } from '../result/types.js';
import { docsUrl, type FormatOptions } from './options.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0: one result per finding, located at its evidence file (or the claim file). */
export function formatSarif(run: RunResult, options: FormatOptions): string {
  const { cases } = run;
  const version = options.version ?? '';
  const rules = CHECKS.map((c) => {
    const first = Object.values(c.messages)[0];
    return {
      id: c.code,
      name: c.code,
      shortDescription: { text: first ? first.message.en.replace(/\{\w+\}/g, '…') : c.code },
      defaultConfiguration: { level: LEVEL[c.severity] },
      helpUri: docsUrl(c.code),
      help: { text: `${c.docs.what.en} ${c.docs.fix.en}` },
    };
  });
  const results = cases.flatMap((c) =>
    c.findings.map((f) => ({
      ruleId: f.code,
      ruleIndex: rules.findIndex((r) => r.id === f.code),
      level: LEVEL[f.severity],
      message: { text: `${f.message} — ${f.suggestion}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeUri(`${c.path.replace(/\/$/, '')}/${f.file ?? 'case.yaml'}`) },
          },
        },
      ],
      properties: { case: c.path, verdict: c.verdict, score: c.score },
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'refund-check', version, informationUri: 'https://www.npmjs.com/package/refund-check', rules } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/').replace(/^\.%2F/, './');
}
