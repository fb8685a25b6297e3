import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { CaseError } from '../errors.js';
import { parseWithSchema } from '../parse.js';
import { claimSchema, orderSchema, type Claim, type OrderRecord } from './schema.js';

/** The names of a case's claim file, in order of preference (SPEC section 2). */
export const CLAIM_FILES: readonly string[] = ['case.yaml', 'case.yml', 'case.json'];
/** The names of the order record, in order of preference. */
export const ORDER_FILES: readonly string[] = ['order.json', 'order.yaml', 'order.yml'];

/** The claim and (when present) the order record of one case folder. */
export interface LoadedCase {
  claim: Claim;
  claimFile: string;
  order?: OrderRecord;
  orderFile?: string;
  /** Problems with the order record: the case goes on without it. */
  orderProblems: string[];
}

/** The claim file of a folder, if it has one. */
export function claimFileOf(dir: string, names: Set<string>): string | undefined {
  const name = CLAIM_FILES.find((f) => names.has(f));
  return name ? join(dir, name) : undefined;
}

/**
 * Reads case.yaml/case.json and the order record through their schemas. A broken
 * claim throws {@link CaseError}; a broken order record is reported in
 * `orderProblems` so the rest of the case can still be checked.
 */
export function loadCase(dir: string, names: Set<string>): LoadedCase {
  const claimFile = claimFileOf(dir, names);
  if (!claimFile) throw new CaseError(dir, 'no case.yaml or case.json in this folder');
  const claimName = relative(dir, claimFile);
  const parsed = parseWithSchema(readText(claimFile, claimName), claimFile.endsWith('.json') ? 'json' : 'yaml', claimSchema);
  if (!parsed.ok) throw new CaseError(claimName, parsed.problems.join('; '));
  const claim = parsed.value;
  if (!isTimeZone(claim.timezone)) throw new CaseError(claimName, `timezone: unknown IANA time zone "${claim.timezone}"`);

  let orderPath: string | undefined;
  if (claim.order) {
    orderPath = resolve(dir, claim.order);
    if (relative(dir, orderPath).startsWith('..')) throw new CaseError(claimName, 'order: the path must stay inside the case folder');
  } else {
    const name = ORDER_FILES.find((f) => names.has(f));
    orderPath = name ? join(dir, name) : undefined;
  }
  if (!orderPath) return { claim, claimFile: claimName, orderProblems: [] };
  const orderName = relative(dir, orderPath);
  let text: string;
  try {
    text = readText(orderPath, orderName);
  } catch (err) {
    return { claim, claimFile: claimName, orderFile: orderName, orderProblems: [(err as Error).message] };
  }
  const order = parseWithSchema(text, /\.json$/i.test(orderPath) ? 'json' : 'yaml', orderSchema);
  if (!order.ok) return { claim, claimFile: claimName, orderFile: orderName, orderProblems: order.problems.map((p) => `${orderName}: ${p}`) };
  return { claim, claimFile: claimName, order: order.value, orderFile: orderName, orderProblems: [] };
}

function readText(path: string, name: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CaseError(name, code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'no permission to read' : `cannot read (${code ?? 'error'})`);
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses an ISO date-time; one written without an offset is read in `zone`.
 */
export function parseTime(text: string, zone: string): Date {
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(text)) return new Date(text);
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?)?$/.exec(text);
  if (!m) return new Date(Number.NaN);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return new Date(new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), zone).getTime());
}
