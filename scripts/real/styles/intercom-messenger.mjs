// An Intercom Messenger conversation as a shop's customer sees it: on a phone the messenger fills
// the screen; on a desktop it is the floating panel in the lower right of the shop's web page,
// with the round launcher under it. The header in the brand colour (back chevron, the team's
// round avatars, the shop's name and the reply-time line, `scene.replyTime`), the conversation
// (a teammate's messages on the left in grey with the small avatar and "Name · time" under the
// group; the customer's on the right in the brand colour, "Seen" / "Delivered" under the last one;
// bot or event lines centred), and the composer ("Write a message…", the emoji, GIF and
// attachment icons). English or Chinese composer text (`scene.lang`). Light only. Layout
// reconstructed from the Messenger; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { write: 'Write a message…', seen: 'Seen', bot: 'Bot' },
  zh: { write: '输入消息…', seen: '已读', bot: '机器人' },
  'zh-Hant': { write: '輸入訊息…', seen: '已讀', bot: '機器人' },
};

export default {
  name: 'intercom-messenger',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#0057FF';
    const team = scene.team ?? [['A', '#F4A261'], ['M', '#2A9D8F'], ['J', '#E76F51']];
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="ev">${t('span', 'system', m.text)}</div>`;
      const next = all[i + 1];
      const lastOfGroup = !next || next.from !== m.from;
      if (m.from === 'buyer') {
        return `<div class="r">${t('div', 'buyer', m.text, 'class="bb me"')}</div>${lastOfGroup && m.meta ? `<div class="mt r">${esc(m.meta)}</div>` : ''}`;
      }
      const name = m.name ?? scene.merchantName;
      return `<div class="l">${lastOfGroup ? `<div class="sa">${esc(name[0])}</div>` : '<div class="sa ghost"></div>'}${t('div', 'merchant', m.text, 'class="bb"')}</div>${lastOfGroup ? `<div class="mt">${t('span', 'label', `${name}${m.bot ? ` · ${x.bot}` : ''} · ${m.at ?? ''}`)}</div>` : ''}`;
    }).join('');
    const css = `
body{background:${desk ? '#EEF1F5' : '#fff'};color:#1a1a1a;font-size:14px}
.page{position:absolute;inset:0;padding:28px 60px;color:#444}
.page .hd{height:54px;border-bottom:1px solid #d8dde5;display:flex;align-items:center;font-size:22px;font-weight:700;color:#222}
.page .blk{height:180px;border-radius:10px;background:#dfe4ec;margin-top:26px;width:58%}
.page .ln{height:14px;border-radius:7px;background:#dfe4ec;margin-top:16px;width:44%}
.mess{${desk ? 'position:absolute;right:20px;bottom:96px;width:400px;height:min(704px,calc(100vh - 116px));border-radius:16px;box-shadow:0 5px 40px rgba(0,0,0,.16);overflow:hidden;' : 'height:100vh;'}display:flex;flex-direction:column;background:#fff}
.top{background:${brand};color:#fff;flex:none}
.hdr{display:flex;align-items:center;gap:10px;padding:${desk ? '14px 16px' : '8px 14px 14px'}}
.bk{font-size:26px;line-height:1;margin-right:2px}
.tm{display:flex}
.tm span{width:30px;height:30px;border-radius:50%;border:2px solid ${brand};margin-left:-8px;display:flex;align-items:center;justify-content:center;font-size:12px;color:#fff;font-weight:700}
.tm span:first-child{margin-left:0}
.nm{font-weight:700;font-size:16px}
.rt{font-size:12.5px;opacity:.85;margin-top:2px}
.cv{flex:1;overflow:hidden;padding:16px 16px 8px;display:flex;flex-direction:column;gap:4px}
.l,.r{display:flex;align-items:flex-end;gap:8px}
.r{justify-content:flex-end}
.sa{width:28px;height:28px;border-radius:50%;background:${team[0][1]};color:#fff;font-size:12px;display:flex;align-items:center;justify-content:center;flex:none}
.sa.ghost{visibility:hidden}
.bb{max-width:78%;background:#F2F3F5;border-radius:16px 16px 16px 4px;padding:10px 14px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14.5px}
.bb.me{background:${brand};color:#fff;border-radius:16px 16px 4px 16px}
.mt{font-size:11.5px;color:#737376;margin:2px 0 10px 36px}
.mt.r{margin:2px 4px 10px 0;justify-content:flex-end}
.ev{text-align:center;font-size:12px;color:#737376;margin:10px 0}
.cmp{flex:none;border-top:1px solid #E6E6E9;padding:14px 16px ${desk ? 14 : 30}px;display:flex;align-items:center;color:#9a9aa0;gap:14px}
.cmp .w{flex:1}
.lau{position:absolute;right:20px;bottom:20px;width:60px;height:60px;border-radius:50%;background:${brand};color:#fff;font-size:26px;display:flex;align-items:center;justify-content:center;box-shadow:0 3px 12px rgba(0,0,0,.2)}
`;
    const mess = `<div class="mess"><div class="top">${desk ? '' : topBar(scene, { dark: true, bg: brand })}<div class="hdr"><span class="bk">‹</span><div class="tm">${team.map(([ch, col]) => `<span style="background:${col}">${esc(ch)}</span>`).join('')}</div><div>${t('div', 'title', scene.title, 'class="nm"')}${t('div', 'label', scene.replyTime ?? '', 'class="rt"')}</div></div></div>
<div class="cv" data-scroll>${msgs}</div><div class="cmp"><span class="w">${x.write}</span><span>☺</span><span>GIF</span><span>📎</span></div></div>`;
    const body = desk
      ? `<div class="page"><div class="hd">${esc(scene.site ?? scene.title)}</div><div class="blk"></div><div class="ln"></div><div class="ln" style="width:36%"></div><div class="ln" style="width:40%"></div></div>${mess}<div class="lau">⌄</div>`
      : mess;
    return page(css, body, LATIN);
  },
};
