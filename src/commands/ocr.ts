import { existsSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import pMap from 'p-map';
import { problemText } from '../checks/evidence-unreadable.js';
import { readEvidence } from '../ingest/evidence.js';
import { IMAGE_EXTENSIONS } from '../ingest/files.js';
import type { OcrCache } from '../ingest/ocr/cache.js';
import type { OcrEngine } from '../ingest/ocr/engine.js';
import type { Lexicon } from '../rules/schema.js';
import { maskSecrets } from '../secrets.js';
import type { Evidence, Lang } from '../types.js';

/** What `refund-check ocr` reports of one file. */
export interface OcrReport {
  file: string;
  engine: string;
  evidence?: Evidence;
  /** Why the file was not read (missing, not an image, undecodable ...), in the user's language. */
  problem?: string;
}

/**
 * Reads files as a case would read them (same engine, layout, speakers and kind), each on its
 * own: the answer to "what did it read?". A file that cannot be read is reported, not thrown.
 */
export async function readFiles(paths: string[], options: { engine: OcrEngine; lexicon: Lexicon; cache?: OcrCache; lang: Lang }): Promise<OcrReport[]> {
  const reports = await pMap(
    paths,
    async (path): Promise<OcrReport[]> => {
      const absPath = resolve(path);
      const base = { file: path, engine: options.engine.name };
      if (!existsSync(absPath) || !statSync(absPath).isFile()) return [{ ...base, problem: options.lang === 'zh' ? '文件不存在' : 'no such file' }];
      const type = IMAGE_EXTENSIONS.has(extname(absPath).toLowerCase()) ? 'image' : 'text';
      const read = await readEvidence({ file: basename(absPath), absPath, type }, options.engine, options.lexicon, undefined, options.cache);
      // A split screen's windows are reported one by one ("shot.png (1/2)").
      return read.map((evidence) => {
        const file = evidence.window ? `${path} (${evidence.window.n}/${evidence.window.of})` : path;
        return evidence.unreadable ? { ...base, file, problem: problemText(evidence.unreadable)[options.lang] } : { ...base, file, evidence };
      });
    },
    { concurrency: 2 },
  );
  return reports.flat();
}

/**
 * Plain text: per file a header (kind, how sure, what decided it, engine), then each line with
 * its block, speaker side and confidence. Secrets are masked unless `showSecrets`.
 */
export function ocrText(reports: OcrReport[], lang: Lang, showSecrets = false): string {
  const mask = (s: string): string => (showSecrets ? s : maskSecrets(s));
  const out: string[] = [];
  for (const r of reports) {
    const ev = r.evidence;
    if (!ev) {
      out.push(`${r.file}: ${r.problem ?? ''}`, '');
      continue;
    }
    const sure = ev.kindConfidence === undefined ? '' : ` ${Math.round(ev.kindConfidence * 100)}%`;
    const size = ev.width ? `, ${ev.width}x${ev.height}` : '';
    out.push(`${r.file}: ${ev.kind}${sure}${ev.kindReason ? ` (${ev.kindReason})` : ''}${size}, ${lang === 'zh' ? '引擎' : 'engine'} ${r.engine}, ${lang === 'zh' ? '置信度' : 'confidence'} ${ev.confidence}`);
    const sideWidth = Math.max(0, ...ev.lines.map((l) => l.side.length));
    for (const line of ev.lines) out.push(`  #${String(line.block).padEnd(3)} ${line.side.padEnd(sideWidth)} ${String(Math.round(line.conf)).padStart(3)}  ${mask(line.text)}`);
    if (ev.lines.length === 0) out.push(lang === 'zh' ? '  (没有读到文字)' : '  (no text read)');
    out.push('');
  }
  return out.join('\n');
}

/** JSON: per file the engine, kind and lines with boxes, block, side and confidences (words too). */
export function ocrJson(reports: OcrReport[], showSecrets = false): string {
  const mask = (s: string): string => (showSecrets ? s : maskSecrets(s));
  const files = reports.map((r) => {
    const ev = r.evidence;
    if (!ev) return { file: r.file, engine: r.engine, problem: r.problem };
    return {
      file: r.file,
      engine: r.engine,
      kind: ev.kind,
      kind_confidence: ev.kindConfidence,
      kind_from: ev.kindReason,
      width: ev.width,
      height: ev.height,
      confidence: ev.confidence,
      lines: ev.lines.map((l) => ({
        text: mask(l.text),
        conf: Math.round(l.conf),
        box: l.box,
        block: l.block,
        side: l.side,
        // a word holding part of a secret is masked on its own line's terms
        words: showSecrets ? l.words : undefined,
      })),
    };
  });
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
