import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Template } from '../checks/define.js';

/**
 * One problem of a user's file (case.yaml, the order record, the project config):
 * where it is, what is wrong and how to fix it, in both languages.
 */
export interface FieldProblem {
  /** The file, as the user knows it (relative to the case folder or the working folder). */
  file: string;
  /** The field path (`amount`, `windows.card_invalid`), or null for the file as a whole. */
  field: string | null;
  line?: number;
  column?: number;
  message: Template;
  fix: Template;
  /** Set when the problem is an id the rule packs do not know (`reason: card-invalid`). */
  unknownId?: 'reason' | 'platform';
}

/** Ids a field may take, to suggest the nearest one for a misspelling. */
export type KnownIds = Record<string, readonly string[]>;

/** What a field means, shown when it is missing (`reason: card_invalid`). */
export type FieldExamples = Record<string, string>;

/** How to describe the fields of one kind of file. */
export interface FileShape {
  /** Every key the file may hold, for did-you-mean on unknown keys. */
  keys: readonly string[];
  /** Fields whose value is one of known ids (reason, platform, category, ...). */
  ids?: KnownIds;
  /** A valid example value per field, for "add a line" fixes. */
  examples?: FieldExamples;
  /** Fields that hold a time. */
  times?: readonly string[];
}

const t = (zh: string, en: string): Template => ({ zh, en });

/** The time forms SPEC section 2 accepts, as shown to a user whose time could not be read. */
export const TIME_FORMS = '2026-12-12 15:06, 2026-12-12T15:06:31+08:00, 2026/12/12 15:06, 2026年12月12日 15:06';

/**
 * The known id nearest to `input` (case, `-` and `_` ignored; at most a third of the
 * letters off), or undefined when none is close.
 */
export function didYouMean(input: string, known: readonly string[]): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[-\s]/g, '_');
  const target = norm(input);
  let best: { id: string; distance: number } | undefined;
  for (const id of known) {
    const distance = editDistance(target, norm(id));
    if (!best || distance < best.distance) best = { id, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(Math.max(target.length, best.id.length) / 3)) ? best.id : undefined;
}

/** Optimal string alignment distance (a swap of two neighbours counts as one edit). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const prev = d[i - 1]!;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** Where a key or value of a parsed YAML/JSON document sits. */
export interface Locator {
  value(path: PropertyKey[]): { line: number; column: number } | undefined;
  key(path: PropertyKey[], key: string): { line: number; column: number } | undefined;
}

/**
 * Parses a YAML or JSON file and validates it with a zod schema, collecting every
 * problem at once, each with its field, line and column, in both languages, with a
 * did-you-mean for ids and keys and a concrete fix.
 */
export function parseUserFile<T extends z.ZodType>(
  text: string,
  format: 'yaml' | 'json',
  schema: T,
  file: string,
  shape: FileShape,
): { ok: true; value: z.infer<T>; locate: Locator } | { ok: false; problems: FieldProblem[]; data?: Record<string, unknown>; locate?: Locator } {
  const clean = text.replace(/^\uFEFF/, '');
  if (format === 'json') {
    try {
      JSON.parse(clean);
    } catch (err) {
      const at = jsonErrorPosition(clean, err);
      const reason = err instanceof Error ? err.message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '') : String(err);
      return {
        ok: false,
        problems: [{ file, field: null, ...at, message: t(`JSON 写法有误 (${reason})`, `invalid JSON (${reason})`), fix: t('检查这一处的引号、逗号和括号。', 'Check the quotes, commas and brackets at this place.') }],
      };
    }
  }
  const lineCounter = new LineCounter();
  // JSON is read as YAML too, for the line and column of each field.
  const doc = parseDocument(clean, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
        const reason = e.message.split('\n')[0] ?? e.code;
        const duplicate = e.code === 'DUPLICATE_KEY';
        return {
          file,
          field: null,
          line: pos.line,
          column: pos.col,
          message: duplicate ? t(`同一字段写了两次 (${reason})`, `a field is written twice (${reason})`) : t(`YAML 写法有误 (${reason})`, `invalid YAML (${reason})`),
          fix: duplicate
            ? t('删掉其中一行。', 'Delete one of the two lines.')
            : t('每行写成 "字段: 值", 冒号后留一个空格; 含 # 或 : 的值加引号。', 'Write each line as "field: value" with a space after the colon; quote a value holding # or :.'),
        };
      }),
    };
  }
  const locate = locator(doc, lineCounter);
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      problems: [{ file, field: null, line: 1, column: 1, message: t('文件内容应为 "字段: 值" 的列表', 'the file should hold "field: value" lines'), fix: t(`例如: ${exampleLine(shape)}`, `For example: ${exampleLine(shape)}`) }],
    };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data, locate };
  const problems: FieldProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // Did-you-mean knows the top-level keys only.
      const keys = issue.path.length === 0 ? shape.keys : [];
      for (const key of issue.keys) problems.push({ file, field: [...issue.path, key].join('.'), ...locate.key(issue.path, key), ...unknownKey(key, keys) });
      continue;
    }
    const field = issue.path.join('.');
    const value = valueAt(data, issue.path);
    problems.push({ file, field: field || null, ...(value === undefined ? locate.value([]) : locate.value(issue.path)), ...describe(issue, field, value, shape) });
  }
  return { ok: false, problems: sortProblems(problems), data: data as Record<string, unknown>, locate };
}

/** Problems in file order (line, then column). */
export function sortProblems(problems: FieldProblem[]): FieldProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function exampleLine(shape: FileShape): string {
  const [key, value] = Object.entries(shape.examples ?? {})[0] ?? ['reason', 'card_invalid'];
  return `${key}: ${value}`;
}

function unknownKey(key: string, keys: readonly string[]): Pick<FieldProblem, 'message' | 'fix'> {
  const near = didYouMean(key, keys);
  return {
    message: t(`未知字段 "${key}"`, `unknown field "${key}"`),
    fix: near
      ? t(`是不是 "${near}"? 把 ${key} 改为 ${near}。`, `Did you mean "${near}"? Rename ${key} to ${near}.`)
      : keys.length > 0
        ? t(`删掉这一行; 可用的字段: ${keys.join(', ')}。`, `Delete this line; the fields are: ${keys.join(', ')}.`)
        : t('删掉这个字段或改正拼写。', 'Delete this field or correct its spelling.'),
  };
}

/** An id field holding an unknown value: the problem, with the nearest id. */
export function unknownId(field: string, value: string, known: readonly string[], extra?: Template): Pick<FieldProblem, 'message' | 'fix'> {
  const near = didYouMean(value, known);
  const list = known.join(', ');
  const hint = near ? t(`是不是 "${near}"? 写 ${field}: ${near}。`, `Did you mean "${near}"? Write ${field}: ${near}.`) : t(`可选: ${list}。`, `Use one of: ${list}.`);
  return {
    message: t(`${field} 的值 "${value}" 不认识`, `unknown ${field} "${value}"`),
    fix: near ? { zh: `${hint.zh} (可选: ${list}${extra ? `; ${extra.zh}` : ''})`, en: `${hint.en} (one of: ${list}${extra ? `; ${extra.en}` : ''})` } : extra ? { zh: `${hint.zh} ${extra.zh}`, en: `${hint.en} ${extra.en}` } : hint,
  };
}

function describe(issue: z.core.$ZodIssue, field: string, value: unknown, shape: FileShape): Pick<FieldProblem, 'message' | 'fix'> {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  if (value === undefined && field) {
    const example = shape.examples?.[field];
    const ids = shape.ids?.[field];
    return {
      message: t(`缺少必填字段 ${field}`, `missing required field ${field}`),
      fix: t(
        `加一行 ${field}: ${example ?? '…'}${ids ? ` (可选: ${ids.join(', ')})` : ''}。`,
        `Add a line ${field}: ${example ?? '…'}${ids ? ` (one of: ${ids.join(', ')})` : ''}.`,
      ),
    };
  }
  if (shape.times?.includes(field)) {
    return {
      message: t(`${field} 的时间 "${shown}" 读不懂`, `${field}: cannot read the time "${shown}"`),
      fix: t(`写成以下一种: ${TIME_FORMS} (不写时区时按 timezone)。`, `Write it in one of these forms: ${TIME_FORMS} (without an offset it is in the case's timezone).`),
    };
  }
  const ids = shape.ids?.[field];
  if (ids && typeof value === 'string') return unknownId(field, value, ids);
  if (issue.code === 'invalid_type' && issue.expected === 'number') {
    const number = typeof value === 'string' ? /-?\d+(?:\.\d+)?/.exec(value.replace(/[,，]/g, ''))?.[0] : undefined;
    return {
      message: t(`${field} 应为数字, 现在是 "${shown}"`, `${field} must be a number, not "${shown}"`),
      fix: number
        ? t(`写 ${number}, 不要写 ${shown} (不带单位、货币符号或引号)。`, `Write ${number}, not ${shown} (no unit, currency sign or quotes).`)
        : t(`写一个数字, 例如 ${field}: ${shape.examples?.[field] ?? '28'}。`, `Write a number, e.g. ${field}: ${shape.examples?.[field] ?? '28'}.`),
    };
  }
  if (issue.code === 'too_small' && issue.origin === 'number' && Number(issue.minimum) === 0) {
    return { message: t(`${field} 不能为负数 (现在是 ${shown})`, `${field} cannot be negative (it is ${shown})`), fix: t(`写一个不小于 0 的数, 例如 ${field}: ${shape.examples?.[field] ?? '28'}。`, `Write a number of 0 or more, e.g. ${field}: ${shape.examples?.[field] ?? '28'}.`) };
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    const bound = issue.code === 'too_small' ? `>= ${String(issue.minimum)}` : `<= ${String(issue.maximum)}`;
    return { message: t(`${field} 的值 ${shown} 超出范围 (应 ${bound})`, `${field}: ${shown} is out of range (must be ${bound})`), fix: t(`改为 ${bound} 的数, 例如 ${field}: ${shape.examples?.[field] ?? '…'}。`, `Use a number ${bound}, e.g. ${field}: ${shape.examples?.[field] ?? '…'}.`) };
  }
  if (issue.code === 'too_small') {
    return { message: t(`${field} 不能为空`, `${field} cannot be empty`), fix: t(`填上 ${field}, 例如 ${field}: ${shape.examples?.[field] ?? '…'}。`, `Fill in ${field}, e.g. ${field}: ${shape.examples?.[field] ?? '…'}.`) };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string') {
    return {
      message: t(`${field} 应为文字, 现在是 ${shown}`, `${field} must be text, not ${shown}`),
      fix: t(`给值加引号: ${field}: "${shown}"。`, `Quote the value: ${field}: "${shown}".`),
    };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'boolean') {
    return { message: t(`${field} 应为 true 或 false, 现在是 "${shown}"`, `${field} must be true or false, not "${shown}"`), fix: t(`写 ${field}: true 或 ${field}: false。`, `Write ${field}: true or ${field}: false.`) };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array') {
    return { message: t(`${field} 应为列表, 现在是 ${shown}`, `${field} must be a list, not ${shown}`), fix: t(`写成 ${field}: [${shown}]。`, `Write ${field}: [${shown}].`) };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') {
    return { message: t(`${field} 应为整数, 现在是 ${shown}`, `${field} must be a whole number, not ${shown}`), fix: t(`写 ${Math.round(Number(value))}。`, `Write ${Math.round(Number(value))}.`) };
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    return unknownId(field, shown, values);
  }
  if (issue.code === 'custom' && typeof issue.params?.fix === 'object') {
    const p = issue.params as { message: Template; fix: Template };
    return { message: p.message, fix: p.fix };
  }
  return { message: t(`${field || '文件'}: ${issue.message}`, `${field || 'file'}: ${issue.message}`), fix: t(`按说明修改 ${field || '文件'}。`, `Correct ${field || 'the file'} as described.`) };
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function locator(doc: Document, lineCounter: LineCounter): Locator {
  const pos = (offset: number | undefined): { line: number; column: number } | undefined => {
    if (offset === undefined) return undefined;
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return {
    value(path) {
      const node = (path.length ? doc.getIn(path as unknown[], true) : doc.contents) as { range?: [number, number, number] } | undefined;
      return pos(node?.range?.[0]);
    },
    key(path, key) {
      const parent = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
      if (!isMap(parent)) return undefined;
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      return pos(isScalar(pair?.key) ? pair.key.range?.[0] : undefined);
    },
  };
}

function jsonErrorPosition(text: string, err: unknown): { line?: number; column?: number } {
  const msg = err instanceof Error ? err.message : String(err);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const m = /position (\d+)/.exec(msg);
  if (!m) return {};
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** "case.yaml 第 2 行第 9 列, amount" / "case.yaml line 2, column 9, amount": where a problem is. */
export function whereOf(p: FieldProblem): Template {
  const zhAt = p.line ? ` 第 ${p.line} 行第 ${p.column ?? 1} 列` : '';
  const enAt = p.line ? ` line ${p.line}, column ${p.column ?? 1}` : '';
  return { zh: `${p.file}${zhAt}`, en: `${p.file}${enAt}` };
}

/**
 * Where a problem is inside its file ("第 2 行第 9 列" / "line 2, column 9"), for a finding
 * that names the file on its own; the file name when the position is not known.
 */
export function positionOf(p: FieldProblem): Template {
  return p.line ? { zh: `第 ${p.line} 行第 ${p.column ?? 1} 列`, en: `line ${p.line}, column ${p.column ?? 1}` } : { zh: p.file, en: p.file };
}

/** A problem as one line in a language: `file line L, column C: message. fix` */
export function problemLine(p: FieldProblem, lang: 'zh' | 'en'): string {
  return `${whereOf(p)[lang]}: ${p.message[lang]}${lang === 'zh' ? '。' : '. '}${p.fix[lang]}`;
}
