import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pMap from 'p-map';
import { CLAIM_FILES } from '../case/load.js';
import type { Template } from '../checks/define.js';
import { extractFacts } from '../facts/extract.js';
import type { OcrCache } from '../ingest/ocr/cache.js';
import { readEvidence } from '../ingest/evidence.js';
import { listEvidence } from '../ingest/files.js';
import { createEngine, type OcrEngine } from '../ingest/ocr/engine.js';
import type { RuleSet } from '../rules/load.js';
import type { Lang } from '../types.js';
import { NEED_TEXT, windowText } from './reasons.js';

/** A reason guessed from the evidence, and why. */
export interface ReasonGuess {
  reason?: string;
  why: Template;
  /** Evidence files read. */
  files: number;
}

/**
 * Guesses the refund reason from the screenshots and chat exports of a folder: a
 * failure on an error capture points at the reason that lists that failure, a cancel
 * or wrong-purchase request at `wrong_purchase`, a delivery promise and no delivery at
 * `late_delivery`, no delivery at `not_received`, a description complaint at
 * `not_as_described`. Reads the files as a check does (OCR, through the cache; with
 * its own engine unless one is given).
 */
export async function guessReason(dir: string, options: { rules: RuleSet; engine?: OcrEngine; cache?: OcrCache; now: Date }): Promise<ReasonGuess> {
  const listing = existsSync(dir) ? listEvidence(dir) : { files: [] };
  if (listing.files.length === 0) {
    return { files: 0, why: { zh: '文件夹里还没有截图或聊天记录, 无法推测退款原因', en: 'no screenshots or chat exports yet, so no reason was guessed' } };
  }
  const engine = options.engine ?? (await createEngine('auto', 2));
  let evidence;
  try {
    evidence = (await pMap(listing.files, (f) => readEvidence(f, engine, options.rules.lexicon, undefined, options.cache), { concurrency: 2 })).flat();
  } finally {
    if (!options.engine) await engine.close();
  }
  const facts = extractFacts(evidence, { lexicon: options.rules.lexicon, timezone: 'Asia/Shanghai', reference: options.now });
  const files = listing.files.length;
  const failure = facts.failures.find((f) => f.ref.kind === 'error') ?? facts.failures[0];
  if (failure) {
    const reason = Object.entries(options.rules.reasons).find(([, r]) => r.failures[0] === failure.kind)?.[0] ?? Object.entries(options.rules.reasons).find(([, r]) => r.failures.includes(failure.kind))?.[0];
    if (reason) return { reason, files, why: { zh: `${failure.ref.file} 显示 "${failure.phrase}"`, en: `${failure.ref.file} shows "${failure.phrase}"` } };
  }
  const pick = (reason: string, ref: { file: string; text: string } | undefined): ReasonGuess | undefined =>
    ref && options.rules.reasons[reason] ? { reason, files, why: { zh: `${ref.file} 里有 "${ref.text.slice(0, 30)}"`, en: `${ref.file} has "${ref.text.slice(0, 30)}"` } } : undefined;
  return (
    pick('wrong_purchase', facts.wrongPurchase[0] ?? facts.cancels[0]) ??
    (facts.undelivered.length > 0 ? pick('late_delivery', facts.deliveryPromises[0]?.ref) : undefined) ??
    pick('not_received', facts.undelivered[0]) ??
    pick('not_as_described', facts.notAsDescribed[0]) ?? { files, why: { zh: `读了 ${files} 个文件, 没看出是哪种退款原因`, en: `read ${files} file(s) and found no sign of a particular reason` } }
  );
}

/** The commented case.yaml that `init` writes, in the user's language. */
export function caseYaml(lang: Lang, rules: RuleSet, platformId: string, reason: string | undefined, guess?: ReasonGuess): string {
  const platform = rules.platforms[platformId];
  const zh = lang === 'zh';
  const lines: string[] = [];
  lines.push(zh ? '# 退款申请 (refund-check 的案件文件)。以 # 开头的行是说明, 可以删掉。' : '# The refund claim (refund-check case file). Lines starting with # are notes; delete them when you like.');
  lines.push(zh ? '# 检查: refund-check .   每个原因需要什么: refund-check reasons' : '# Check it: refund-check .   What each reason needs: refund-check reasons');
  lines.push('#');
  lines.push(zh ? '# reason: 你将选择的退款原因, 以下之一:' : '# reason: the refund reason you will choose, one of:');
  for (const [id, r] of Object.entries(rules.reasons)) {
    const w = platform?.windows[id] ?? r.window;
    lines.push(`#   ${id.padEnd(18)} ${r.name[lang]}; ${zh ? '需要' : 'needs'}: ${r.needs.map((n) => NEED_TEXT[n][lang]).join(', ')}${w ? `; ${zh ? '时限' : 'window'} ${windowText(w, lang)}` : ''}`);
  }
  if (guess) lines.push(zh ? `# 推测: ${guess.why.zh}` : `# Guess: ${guess.why.en}`);
  lines.push(reason ? `reason: ${reason}` : zh ? '# reason: card_invalid    <- 去掉开头的 # 并写上你的原因' : '# reason: card_invalid    <- remove the leading # and write your reason');
  lines.push('');
  lines.push(zh ? '# request: refund (退款, 默认) 或 return (退货; 虚拟商品请用 refund)' : '# request: refund (the default) or return (for virtual goods, ask for refund)');
  lines.push('request: refund');
  lines.push('');
  lines.push(zh ? '# amount: 申请的金额, 只写数字 (写 28, 不要写 28元); 不写则按订单金额' : '# amount: the amount you ask for, a plain number (write 28, not 28元); default: the order amount');
  lines.push('# amount: 28');
  lines.push('');
  lines.push(zh ? `# platform: 平台规则 (rules/platforms/ 下的文件名), 默认 ${platformId}` : `# platform: the platform profile (a file in rules/platforms/), default ${platformId}`);
  lines.push(`# platform: ${platformId}`);
  lines.push('');
  lines.push(zh ? '# filed_at: 你打算提交的时间; 不写则按现在。可写 2026-11-25 18:00、2026/11/25 18:00 或 2026年11月25日 18:00' : '# filed_at: when you will file; default: now. Written as 2026-11-25 18:00, 2026/11/25 18:00 or 2026年11月25日 18:00');
  lines.push('# filed_at: 2026-11-25 18:00');
  lines.push('');
  lines.push(zh ? '# timezone: 没写时区的时间按此时区理解, 默认 Asia/Shanghai' : '# timezone: the zone of times written without an offset, default Asia/Shanghai');
  lines.push('# timezone: Asia/Shanghai');
  lines.push('');
  lines.push(
    zh
      ? '# 订单记录在 order.json: order_id、product、amount、paid_at 必填, 可加 delivered_at (发货时间)、merchant、policy (商品页的退款条款); category 为 game_card、software_key、account、recharge 或 other。订单截图已显示这些信息时可删掉 order.json。'
      : '# The order record is order.json: order_id, product, amount and paid_at are required; delivered_at, merchant and policy (the refund terms on the product page) are optional; category is game_card, software_key, account, recharge or other. Delete it if an order screenshot shows these.',
  );
  lines.push(zh ? '# 截图放在本文件夹任意位置; 文件名以 order/chat/error/policy 开头 (或放进同名文件夹) 可指定类别。' : '# Put screenshots anywhere in this folder; a name starting with order/chat/error/policy (or a folder of that name) sets its kind.');
  return `${lines.join('\n')}\n`;
}

/** The order.json skeleton `init` writes: every field, empty where the user must fill it in. */
export function orderJson(): string {
  return `${JSON.stringify(
    {
      order_id: '',
      product: '',
      category: 'other',
      amount: 0,
      paid_at: '',
    },
    null,
    2,
  )}\n`;
}

/** What `init` did with each file. */
export interface InitResult {
  written: string[];
  kept: string[];
}

/** Writes case.yaml and order.json into `dir` (created when missing), never overwriting a file. */
export function writeCaseFiles(dir: string, files: { caseYaml: string; orderJson: string }): InitResult {
  mkdirSync(dir, { recursive: true });
  const result: InitResult = { written: [], kept: [] };
  const claim = CLAIM_FILES.find((f) => existsSync(join(dir, f)));
  if (claim) result.kept.push(claim);
  else {
    writeFileSync(join(dir, 'case.yaml'), files.caseYaml, { flag: 'wx' });
    result.written.push('case.yaml');
  }
  const order = ['order.json', 'order.yaml', 'order.yml'].find((f) => existsSync(join(dir, f)));
  if (order) result.kept.push(order);
  else {
    writeFileSync(join(dir, 'order.json'), files.orderJson, { flag: 'wx' });
    result.written.push('order.json');
  }
  return result;
}
