// A Garena-account-centre-like "Shells" page on a phone browser: the red bar with the Garena word
// mark and the account's masked name, a balance card (the shell icon, "Shells balance", the number),
// two tabs ("Top-up history" / "Spending history", the active one underlined), then the
// transaction list: each row a round icon, the title (e.g. "+1,100 Shells · Top Up"), the
// channel and time under it, the signed amount on the right and a small status word (Completed
// green, Processing amber, Failed red; `tone` ok|wait|bad). A grey footnote under the list.
// English or Simplified Chinese chrome (`scene.lang`). Light only. Layout reconstructed; the texts
// come from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { bal: 'Shells balance', tabs: ['Top-up history', 'Spending history'], acct: 'Account' },
  zh: { bal: '贝壳余额', tabs: ['充值记录', '消费记录'], acct: '账号' },
};

export default {
  name: 'garena-shells-history',
  kind: 'other',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const tones = { ok: '#1E8E3E', wait: '#C77700', bad: '#D93025' };
    const css = `
body{background:#F3F3F5;color:#1F1F24;font-size:14px}
.bar{height:50px;background:#E4322B;display:flex;align-items:center;justify-content:space-between;padding:0 14px;color:#fff}
.logo{font-weight:800;font-size:20px;letter-spacing:.5px;display:flex;align-items:center;gap:7px}
.logo i{width:22px;height:22px;border-radius:6px;background:#fff;display:inline-block;position:relative}
.logo i::after{content:"";position:absolute;left:6px;top:5px;width:10px;height:12px;border-radius:3px;background:#E4322B}
.me{font-size:12.5px;opacity:.92}
.bal{margin:12px;border-radius:12px;background:linear-gradient(120deg,#FF6A3D,#E4322B);color:#fff;padding:16px;display:flex;align-items:center;gap:14px}
.sh{width:48px;height:48px;border-radius:50%;background:radial-gradient(circle at 35% 35%,#FFF3C4,#F6B73C);flex:none;position:relative}
.sh::after{content:"";position:absolute;left:13px;top:12px;width:22px;height:22px;border-radius:50% 50% 45% 45%;border:3px solid #C98A12;border-bottom-width:5px}
.bl{font-size:12.5px;opacity:.9}.bn{font-size:26px;font-weight:800;margin-top:2px}
.ac{font-size:12px;opacity:.9;margin-top:2px}
.tabs{display:flex;background:#fff;margin:0 12px;border-radius:10px 10px 0 0;border-bottom:1px solid #ECECF0}
.tabs span{flex:1;text-align:center;padding:12px 0;font-size:14px;color:#7A7A85}
.tabs span.on{color:#E4322B;font-weight:700;box-shadow:inset 0 -3px 0 #E4322B}
.list{background:#fff;margin:0 12px;border-radius:0 0 10px 10px;padding:0 12px}
.it{display:flex;align-items:center;gap:11px;padding:12px 0;border-bottom:1px solid #F0F0F3}
.it:last-child{border-bottom:0}
.ic{width:34px;height:34px;border-radius:50%;background:#FFF0E8;flex:none;display:flex;align-items:center;justify-content:center;color:#E4322B;font-weight:700;font-size:15px}
.tx{flex:1;min-width:0}.tt{font-size:14.5px;font-weight:600}.ts{font-size:12px;color:#85858F;margin-top:3px;line-height:1.35}
.rt{text-align:right;flex:none}.am{font-size:15px;font-weight:700}.sw{font-size:11.5px;margin-top:3px;font-weight:600}
.foot{margin:12px 16px;font-size:12px;color:#8A8A94;line-height:1.5}
`;
    const active = scene.tab ?? 0;
    const items = scene.items.map((it) => `<div class="it"><div class="ic">${esc(it.icon ?? 'S')}</div><div class="tx">${t('div', 'value', it.title, 'class="tt"')}${(it.sub ?? []).map((s) => t('div', 'value', s, 'class="ts"')).join('')}</div><div class="rt">${t('div', 'value', it.amount, `class="am" style="color:${it.amount.startsWith('-') ? '#1F1F24' : '#1E8E3E'}"`)}${it.status ? t('div', 'status', it.status, `class="sw" style="color:${tones[it.tone ?? 'ok']}"`) : ''}</div></div>`).join('');
    const body = `${topBar(scene, { bg: '#E4322B', dark: true })}<div class="bar"><span class="logo"><i></i>${t('span', 'title', 'Garena')}</span>${t('span', 'body', scene.account, 'class="me"')}</div>
<div class="bal"><div class="sh"></div><div>${t('div', 'label', x.bal, 'class="bl"')}${t('div', 'value', scene.balance, 'class="bn"')}${scene.uid ? t('div', 'value', `${x.acct}: ${scene.uid}`, 'class="ac"') : ''}</div></div>
<div class="tabs">${x.tabs.map((tb, i) => t('span', 'label', tb, i === active ? 'class="on"' : '')).join('')}</div>
<div class="list">${items}</div>
${(scene.notes ?? []).map((n) => t('div', 'body', n, 'class="foot"')).join('')}`;
    return page(css, body, LATIN);
  },
};
