import type { RuleSet } from '../rules/load.js';
import type { PlatformRule, ReasonRule, WindowRule } from '../rules/schema.js';
import type { Lang } from '../types.js';
import type { Template } from '../checks/define.js';

/** What each `needs` entry of a reason asks the user to show. */
export const NEED_TEXT: Record<ReasonRule['needs'][number], Template> = {
  order: { zh: '订单 (order.json 或订单截图)', en: 'the order (order.json or an order screenshot)' },
  error: { zh: '报错截图 (显示失败原因)', en: 'an error capture showing the failure' },
  chat: { zh: '与商家的聊天记录 (含你的问题反馈)', en: 'the chat with the merchant (with your problem report)' },
  promise: { zh: '商家的承诺或商品描述 (聊天或商品页)', en: "the merchant's promise or the product description (chat or product page)" },
};

/** One reason as `refund-check reasons` shows it. */
export interface ReasonRow {
  id: string;
  name: string;
  needs: string[];
  /** The window on the platform, e.g. "24 h after delivery (else payment)"; null when the platform sets none. */
  window: string | null;
  hours: number | null;
  anchor: WindowRule['anchor'] | null;
}

/** The reasons of the loaded rule packs with their window on one platform, in the user's language. */
export function reasonRows(rules: RuleSet, platformId: string, lang: Lang): ReasonRow[] {
  const platform: PlatformRule | undefined = rules.platforms[platformId];
  return Object.entries(rules.reasons).map(([id, reason]) => {
    const w = platform?.windows[id] ?? reason.window;
    return {
      id,
      name: reason.name[lang],
      needs: reason.needs.map((n) => NEED_TEXT[n][lang]),
      window: w ? windowText(w, lang) : null,
      hours: w?.hours ?? null,
      anchor: w?.anchor ?? null,
    };
  });
}

/** "24 小时, 从发货时间 (无则付款时间) 算起" / "24 h after delivery (else payment)". */
export function windowText(w: WindowRule, lang: Lang): string {
  const span = w.hours % 24 === 0 && w.hours >= 48 ? (lang === 'zh' ? `${w.hours / 24} 天` : `${w.hours / 24} days`) : lang === 'zh' ? `${w.hours} 小时` : `${w.hours} h`;
  if (lang === 'zh') return `${span}, 从${w.anchor === 'delivered' ? '发货时间 (没有则付款时间)' : '付款时间'}算起`;
  return `${span} after ${w.anchor === 'delivered' ? 'delivery (else payment)' : 'payment'}`;
}

/** The reasons as a plain-text list for the terminal. */
export function formatReasons(rules: RuleSet, platformId: string, lang: Lang): string {
  const rows = reasonRows(rules, platformId, lang);
  const head = lang === 'zh' ? `退款原因 (平台规则: ${platformId})` : `Refund reasons (platform profile: ${platformId})`;
  const out = [head, ''];
  for (const r of rows) {
    out.push(`${r.id}  ${r.name}`);
    out.push(`  ${lang === 'zh' ? '需要' : 'needs'}: ${r.needs.join(lang === 'zh' ? '; ' : '; ')}`);
    out.push(`  ${lang === 'zh' ? '时限' : 'window'}: ${r.window ?? (lang === 'zh' ? '该平台未规定' : 'none set on this platform')}`);
    out.push('');
  }
  out.push(lang === 'zh' ? '在 case.yaml 里写 reason: <id>; 商品条款写明更短的时限时以条款为准。' : 'Write reason: <id> in case.yaml; refund terms that name a shorter window win.');
  return `${out.join('\n')}\n`;
}

/** The reasons as a Markdown table (README, docs). */
export function reasonsMarkdown(rules: RuleSet, platformId: string, lang: Lang): string {
  const rows = reasonRows(rules, platformId, lang);
  const head = lang === 'zh' ? '| id | 名称 | 需要 | 时限 |\n|---|---|---|---|' : '| id | meaning | needs | window (`generic`) |\n|---|---|---|---|';
  return `${head}\n${rows.map((r) => `| \`${r.id}\` | ${r.name} | ${r.needs.join('; ')} | ${r.window ?? '-'} |`).join('\n')}\n`;
}
