// An in-game mailbox on a phone held sideways (a full-screen game, no status bar): a dark, blurred
// scene behind a framed panel; the panel's title bar ("Mail" / 邮件 / 郵件, tabs System / Friends,
// the close ✕); on the left the list of mails (an envelope icon, open or sealed, the title, the
// sender and the date, a red dot on unread ones, the selected one lit); on the right the open mail:
// its title, "From" and date, the body, the attachment slots (item tiles with a count, greyed
// once claimed) and the buttons (Delete, and Claim when the mail has attachments). English, Simplified or Traditional Chinese
// chrome (`scene.lang`), one accent colour per game (`scene.accent`). Layout reconstructed from the
// common mobile-game mailbox; no game's art; the texts come from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { mail: 'Mail', tabs: ['System', 'Friends'], from: 'From', claim: 'Claim', claimed: 'Claimed', del: 'Delete', all: 'Claim all', att: 'Attachments', n: 'Mails' },
  zh: { mail: '邮件', tabs: ['系统', '好友'], from: '发件人', claim: '领取', claimed: '已领取', del: '删除', all: '一键领取', att: '附件', n: '邮件数' },
  'zh-Hant': { mail: '郵件', tabs: ['系統', '好友'], from: '寄件人', claim: '領取', claimed: '已領取', del: '刪除', all: '一鍵領取', att: '附件', n: '郵件數' },
};

export default {
  name: 'game-mailbox',
  kind: 'other',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const ac = scene.accent ?? '#E8B04B';
    const open = scene.open;
    const css = `
body{background:radial-gradient(ellipse at 30% 20%,#3b4a6b,#111827 70%);color:#EEF1F7;font-size:13px;height:100vh}
.bgl{position:absolute;inset:0;background:linear-gradient(160deg,#0000 40%,#00000088),repeating-linear-gradient(115deg,#ffffff05 0 30px,#0000 30px 60px)}
.pan{position:absolute;left:34px;right:34px;top:16px;bottom:14px;border-radius:10px;background:linear-gradient(180deg,#1E2638f2,#151B29f5);border:1.5px solid ${ac}99;box-shadow:0 0 0 3px #0006,0 10px 30px #000a;display:flex;flex-direction:column;overflow:hidden}
.hd{height:40px;flex:none;display:flex;align-items:center;gap:16px;padding:0 14px;background:linear-gradient(90deg,${ac}33,#0000);border-bottom:1px solid ${ac}55}
.hd .ti{font-size:17px;font-weight:700;color:${ac};letter-spacing:1px}
.hd .tb{font-size:12.5px;color:#B9C1D3;padding:3px 10px;border-radius:10px}.hd .tb.on{background:${ac};color:#1B1B1B;font-weight:700}
.hd .x{margin-left:auto;width:24px;height:24px;border-radius:50%;border:1.5px solid #C9CFDB;display:flex;align-items:center;justify-content:center;font-size:13px}
.cols{flex:1;display:flex;min-height:0}
.lst{width:262px;flex:none;border-right:1px solid #ffffff1a;padding:6px;overflow:hidden;display:flex;flex-direction:column}
.ml{display:flex;gap:8px;align-items:center;padding:7px 8px;border-radius:6px;margin-bottom:4px;background:#ffffff0a;position:relative}
.ml.sel{background:${ac}2e;box-shadow:inset 3px 0 0 ${ac}}
.env{width:26px;height:20px;flex:none;border-radius:3px;background:${ac};position:relative}
.env::after{content:"";position:absolute;left:2px;right:2px;top:2px;height:9px;border-left:11px solid transparent;border-right:11px solid transparent;border-top:8px solid #0005}
.env.read{background:#7D8596}
.mt{font-size:12.5px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.ms{font-size:10.5px;color:#9AA3B5;margin-top:2px;white-space:nowrap}
.dot{position:absolute;right:7px;top:7px;width:7px;height:7px;border-radius:50%;background:#F0443A}
.cnt{margin-top:auto;font-size:10.5px;color:#8C95A8;padding:4px 6px}
.rd{flex:1;padding:10px 16px;display:flex;flex-direction:column;min-width:0}
.rt{font-size:15.5px;font-weight:700;color:#fff}
.rf{font-size:11px;color:#9AA3B5;margin:3px 0 8px;display:flex;gap:14px}
.rb{font-size:12.5px;line-height:1.5;color:#DCE1EA;white-space:pre-wrap;overflow-wrap:anywhere}
.rb + .rb{margin-top:4px}
.al{font-size:11px;color:#9AA3B5;margin:8px 0 5px}
.att{display:flex;gap:9px}
.slot{width:54px;height:54px;border-radius:7px;background:linear-gradient(160deg,#5B4A8A,#2D2547);border:1.5px solid ${ac}aa;position:relative;display:flex;align-items:flex-end;justify-content:flex-end}
.slot .gem{position:absolute;left:14px;top:9px;width:24px;height:24px;transform:rotate(45deg);border-radius:4px;background:linear-gradient(135deg,#9EE7FF,#3B82F6)}
.slot .q{position:relative;font-size:11px;font-weight:700;padding:0 4px 2px;text-shadow:0 1px 2px #000}
.slot.done{filter:grayscale(.8) brightness(.6)}
.sn{font-size:10px;color:#B9C1D3;width:54px;text-align:center;margin-top:3px;line-height:1.2}
.btns{margin-top:auto;display:flex;gap:10px;justify-content:flex-end}
.b{min-width:86px;height:30px;border-radius:15px;display:flex;align-items:center;justify-content:center;font-size:12.5px;font-weight:700;padding:0 14px}
.b.y{background:${ac};color:#1B1B1B}.b.g{background:#ffffff1f;color:#DCE1EA;border:1px solid #ffffff33}
`;
    const list = scene.mails.map((m) => `<div class="ml${m.selected ? ' sel' : ''}"><div class="env${m.unread ? '' : ' read'}"></div><div style="min-width:0;flex:1">${t('div', 'value', m.title, 'class="mt"')}${t('div', 'value', `${m.from} · ${m.date}`, 'class="ms"')}</div>${m.unread ? '<span class="dot"></span>' : ''}</div>`).join('');
    const att = (open.attachments ?? []).map(([name, q]) => `<div><div class="slot${open.claimed ? ' done' : ''}"><span class="gem"></span>${t('span', 'value', q, 'class="q"')}</div>${t('div', 'value', name, 'class="sn"')}</div>`).join('');
    const reader = `<div class="rd">${t('div', 'title', open.title, 'class="rt"')}<div class="rf">${t('span', 'value', `${x.from}: ${open.from}`)}${t('span', 'value', open.date)}</div>
${open.body.map((b) => t('div', 'body', b, 'class="rb"')).join('')}
${att ? `<div class="al">${esc(x.att)}</div><div class="att">${att}</div>` : ''}
<div class="btns">${t('div', 'button', x.del, 'class="b g"')}${att ? t('div', 'button', open.claimed ? x.claimed : x.claim, 'class="b y"') : ''}</div></div>`;
    const body = `<div class="bgl"></div><div class="pan"><div class="hd">${t('span', 'title', x.mail, 'class="ti"')}${x.tabs.map((tb, i) => t('span', 'label', tb, `class="tb${i === 0 ? ' on' : ''}"`)).join('')}<span class="x">✕</span></div>
<div class="cols"><div class="lst">${list}<div class="cnt">${esc(x.n)} ${scene.mails.length}/100 · ${esc(x.all)}</div></div>${reader}</div></div>`;
    return page(css, body, LATIN);
  },
};
