import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/index.js';
import { draftOutput } from '../../src/report/draft.js';
import { captureNext } from '../../src/report/draft.js';
import { loadRules } from '../../src/rules/load.js';

// A reason that exists only in a user's rule pack works end to end: its window, its
// fitting failures, its claim wording, its capture advice. Text evidence: no OCR.
const root = mkdtempSync(join(tmpdir(), 'rc-custom-reason-'));
const pack = join(root, 'pack');
mkdirSync(join(pack, 'lexicons'), { recursive: true });
writeFileSync(
  join(pack, 'reasons.yaml'),
  `account_banned:
  name: { zh: 账号被封, en: account banned }
  needs: [order, error, chat]
  failures: [banned_made_up_kind_is_not_allowed]
`,
);
const good = join(root, 'good-pack');
mkdirSync(join(good, 'lexicons'), { recursive: true });
writeFileSync(
  join(good, 'reasons.yaml'),
  `account_banned:
  name: { zh: 账号被封, en: account banned }
  needs: [order, error, chat]
  failures: [invalid]
  supported_by: [failure]
  promise: quality
  window: { anchor: delivered, hours: 48 }
  request: { zh: "所购账号登录即被封禁, 无法使用。", en: The account I bought was banned at the first login. }
  chat_topic: { zh: 你告诉商家账号被封, en: you tell the shop the account is banned }
  evidence: { zh: 封号提示截图, en: the ban notice }
  capture_promise: { zh: 截图商家保证账号安全的那句话。, en: Screenshot where the shop guaranteed the account is safe. }
`,
);
writeFileSync(join(good, 'lexicons', 'banned.yaml'), 'failure:\n  invalid: [该账号已被封禁]\n');
const caseDir = join(root, 'case');
mkdirSync(caseDir);
writeFileSync(join(caseDir, 'case.yaml'), 'reason: account_banned\n');
writeFileSync(
  join(caseDir, 'order.json'),
  JSON.stringify({ order_id: '2026112514201145873', product: '游戏账号 满级', category: 'account', amount: 88, paid_at: '2026-11-25T10:00:00+08:00', delivered_at: '2026-11-25T10:05:00+08:00' }),
);
writeFileSync(join(caseDir, 'error-login.txt'), '该账号已被封禁, 请联系客服\n');
writeFileSync(join(caseDir, 'chat.txt'), '2026-11-25 11:00:00 我: 账号一登录就提示该账号已被封禁, 订单号2026112514201145873\n2026-11-25 11:02:00 客服: 我们核实一下\n');

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a reason defined only in a user rule pack', () => {
  it('is refused when it names an unknown failure kind, naming the file', () => {
    expect(() => loadRules([pack])).toThrow(/reasons\.yaml/);
  });

  it('works end to end: window, fit, request wording and capture advice', async () => {
    const now = new Date('2026-11-26T20:00:00+08:00'); // 34 h after delivery: open under 48 h, passed under 24 h
    const { cases } = await checkPaths([caseDir], { now, lang: 'en', rulesDirs: [good], cacheDir: null });
    const c = cases[0]!;
    expect(c.findings.map((f) => f.code)).not.toContain('case-invalid');
    expect(c.findings.map((f) => f.code)).not.toContain('error-capture-mismatch');
    expect(c.findings.map((f) => f.code)).not.toContain('claim-unsupported');
    expect(c.deadline.status).toBe('open');
    expect(c.deadline.due?.toISOString()).toBe('2026-11-27T02:05:00.000Z');
    const rules = loadRules([good]);
    const draft = draftOutput(c, { lang: 'en', rules, force: true });
    expect(draft.text).toContain('account banned');
    expect(draft.text).toContain('The account I bought was banned at the first login.');
    expect(captureNext(c, 'en', rules).map((i) => i.text)).toContain('Screenshot where the shop guaranteed the account is safe.');
  });
});
