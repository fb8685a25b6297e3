import { parseDocument, LineCounter } from 'yaml';
import type { z } from 'zod';

/** A problem found while parsing a user's file: the field path and, for YAML, where it is. */
export interface ParseProblem {
  message: string;
}

/**
 * Parses YAML or JSON text and validates it with a zod schema. Every problem names
 * the field path and, where known, the line and column; the caller prefixes the file.
 */
export function parseWithSchema<T extends z.ZodType>(
  text: string,
  format: 'yaml' | 'json',
  schema: T,
): { ok: true; value: z.infer<T> } | { ok: false; problems: string[] } {
  const clean = text.replace(/^\uFEFF/, '');
  let data: unknown;
  let locate: (path: PropertyKey[]) => string = () => '';
  if (format === 'json') {
    try {
      data = JSON.parse(clean);
    } catch (err) {
      return { ok: false, problems: [`invalid JSON: ${jsonErrorWhere(clean, err)}`] };
    }
  } else {
    const lineCounter = new LineCounter();
    const doc = parseDocument(clean, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      return {
        ok: false,
        problems: doc.errors.map((e) => {
          const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
          return `invalid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${e.message.split('\n')[0]}`;
        }),
      };
    }
    data = doc.toJS();
    locate = (path) => {
      const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      if (offset === undefined) return '';
      const pos = lineCounter.linePos(offset);
      return ` (line ${pos.line}, column ${pos.col})`;
    };
  }
  const result = schema.safeParse(data ?? {});
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.length ? issue.path.join('.') : '(top level)';
      return `${path}: ${issue.message}${locate(issue.path)}`;
    }),
  };
}

function jsonErrorWhere(text: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /position (\d+)/.exec(msg);
  if (!m) return msg;
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `${msg.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${col}`;
}
