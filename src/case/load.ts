import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CaseError } from '../errors.js';
import { parseUserFile, problemLine, sortProblems, unknownId, type FieldProblem } from './problems.js';
import { CLAIM_SHAPE, claimSchema, ORDER_SHAPE, orderSchema, type Claim, type OrderRecord } from './schema.js';

export { parseTime } from '../time.js';

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
  orderProblems: FieldProblem[];
}

/** The reason and platform ids the rule packs know, to check a claim against. */
export interface KnownRules {
  reasons: readonly string[];
  platforms: readonly string[];
}

/**
 * The claim cannot be used: every problem found in the claim (and in the order
 * record, read as far as it could be), each with file, field, line and column.
 */
export class ClaimError extends CaseError {
  override name = 'ClaimError';
  constructor(
    readonly problems: FieldProblem[],
    /** Problems of the order record, read beside the broken claim. */
    readonly orderProblems: FieldProblem[] = [],
  ) {
    super(problems[0]?.file ?? 'case.yaml', '');
    this.message = [...problems, ...orderProblems].map((p) => problemLine(p, 'en')).join('; ');
  }
}

/** The claim file of a folder, if it has one. */
export function claimFileOf(dir: string, names: Set<string>): string | undefined {
  const name = CLAIM_FILES.find((f) => names.has(f));
  return name ? join(dir, name) : undefined;
}

/**
 * Reads case.yaml/case.json and the order record through their schemas, and checks
 * the claim's reason and platform against the rule packs when `known` is given.
 * A broken claim throws {@link ClaimError} with every problem of both files; a broken
 * order record alone is reported in `orderProblems` so the rest of the case can still
 * be checked. A claim without `platform` gets `defaultPlatform`.
 */
export function loadCase(dir: string, names: Set<string>, known?: KnownRules, defaultPlatform = 'generic'): LoadedCase {
  const claimPath = claimFileOf(dir, names);
  if (!claimPath) {
    throw new ClaimError([
      {
        file: 'case.yaml',
        field: null,
        message: { zh: '没有 case.yaml', en: 'no case.yaml' },
        fix: { zh: '运行 refund-check init 生成一个带说明的 case.yaml。', en: 'Run refund-check init to write a commented case.yaml.' },
      },
    ]);
  }
  const claimFile = relative(dir, claimPath);
  const claimText = readText(claimPath, claimFile);
  const shape = known ? { ...CLAIM_SHAPE, ids: { ...CLAIM_SHAPE.ids, reason: known.reasons } } : CLAIM_SHAPE;
  const parsed = parseUserFile(claimText, claimFile.endsWith('.json') ? 'json' : 'yaml', claimSchema, claimFile, shape);
  const claimProblems: FieldProblem[] = parsed.ok ? [] : parsed.problems;
  // Reason and platform are checked even when other fields are broken, so one run shows every problem.
  const raw: Record<string, unknown> | undefined = parsed.ok ? parsed.value : parsed.data;
  const locate = parsed.locate;
  if (known && raw && locate) {
    const reason = raw.reason;
    if (typeof reason === 'string' && !known.reasons.includes(reason)) {
      claimProblems.push({ file: claimFile, field: 'reason', unknownId: 'reason', ...locate.value(['reason']), ...unknownId('reason', reason, known.reasons, { zh: 'refund-check reasons 列出每个原因需要什么', en: 'refund-check reasons lists what each needs' }) });
    }
    const platform = raw.platform ?? defaultPlatform;
    if (typeof platform === 'string' && !known.platforms.includes(platform)) {
      claimProblems.push({
        file: claimFile,
        field: 'platform',
        unknownId: 'platform',
        ...locate.value(['platform']),
        ...unknownId('platform', platform, known.platforms, { zh: '或用 --rules 提供该平台的规则', en: 'or add its profile with --rules' }),
      });
    }
  }

  const claim: Claim | undefined = parsed.ok ? { ...parsed.value, platform: parsed.value.platform ?? defaultPlatform } : undefined;
  let orderPath: string | undefined;
  if (claim?.order) {
    orderPath = resolve(dir, claim.order);
    if (relative(dir, orderPath).startsWith('..')) {
      claimProblems.push({
        file: claimFile,
        field: 'order',
        ...(parsed.ok ? parsed.locate.value(['order']) : {}),
        message: { zh: 'order 指向案件文件夹之外', en: 'order points outside the case folder' },
        fix: { zh: '把订单记录放进案件文件夹, 写 order: order.json。', en: 'Put the order record inside the case folder and write order: order.json.' },
      });
      orderPath = undefined;
    }
  } else {
    const name = ORDER_FILES.find((f) => names.has(f));
    orderPath = name ? join(dir, name) : undefined;
  }
  const order = orderPath ? loadOrder(dir, orderPath) : undefined;
  if (!claim || claimProblems.length > 0) throw new ClaimError(sortProblems(claimProblems), order?.problems);
  if (!order) return { claim, claimFile, orderProblems: [] };
  return { claim, claimFile, order: order.value, orderFile: order.file, orderProblems: order.problems };
}

function loadOrder(dir: string, path: string): { file: string; value?: OrderRecord; problems: FieldProblem[] } {
  const file = relative(dir, path);
  let text: string;
  try {
    text = readText(path, file);
  } catch (err) {
    const problems = err instanceof ClaimError ? err.problems : [];
    return { file, problems };
  }
  const parsed = parseUserFile(text, /\.json$/i.test(path) ? 'json' : 'yaml', orderSchema, file, ORDER_SHAPE);
  return parsed.ok ? { file, value: parsed.value, problems: [] } : { file, problems: parsed.problems };
}

function readText(path: string, name: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? { zh: '文件不存在', en: 'file not found' }
        : code === 'EACCES'
          ? { zh: '没有读取权限', en: 'no permission to read' }
          : code === 'EISDIR'
            ? { zh: '这是一个文件夹, 不是文件', en: 'this is a folder, not a file' }
            : { zh: `无法读取 (${code ?? 'error'})`, en: `cannot read (${code ?? 'error'})` };
    throw new ClaimError([{ file: name, field: null, message, fix: { zh: '检查文件名和权限。', en: 'Check the file name and its permissions.' } }]);
  }
}
