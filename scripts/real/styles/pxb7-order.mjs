// 螃蟹账号 (pxb7) 订单详情 of a bought game account (Android / iOS): white title bar, the order
// state in a pale-orange header, the goods row (picture, title, price), the 换绑进度 list the
// platform's 交付 staff tick off (手机号, 实名, 邮箱 …: done ✓ in green, waiting ○ in orange,
// failed ✕ in red, each with a short note), the 订单信息 rows, an optional notice and bottom
// buttons. `scene.dark` gives the dark theme. Layout reconstructed from the app's look (helper
// h19e); `scene.order` { status, statusLine, title, price, rebind: [[item, 'done'|'wait'|'fail',
// note]], rows, notice, buttons }.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'pxb7-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#121317', card: '#1C1D22', fg: '#E8E8EA', sub: '#8A8F99', line: '#26272d', hd: '#2A2019', hdFg: '#F0A060' }
      : { bg: '#F4F5F7', card: '#FFFFFF', fg: '#1a1a1a', sub: '#8A8F99', line: '#EEEEEE', hd: '#FFF4EC', hdFg: '#E0531C' };
    const mark = { done: ['✓', '#22A06B'], wait: ['○', '#FF8A2C'], fail: ['✕', '#E5484D'] };
    const ios = scene._device.os === 'ios';
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.tb{height:48px;background:${c.card};display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600;border-bottom:1px solid ${c.line}}
.tb .b{position:absolute;left:12px;font-size:24px;font-weight:400}
.hd{background:${c.hd};padding:14px 16px}.hd .s{font-size:18px;font-weight:700;color:${c.hdFg}}.hd .l{font-size:12.5px;color:${c.sub};margin-top:5px;line-height:1.5}
.card{background:${c.card};margin:8px 10px 0;border-radius:10px;padding:12px 14px}
.g{display:flex;gap:10px}.pic{flex:none;width:58px;height:58px;border-radius:6px;background:linear-gradient(135deg,#ffb36b,#e0531c)}
.tt{font-size:14px;line-height:1.45}.pr{font-size:16px;color:#FF6A2C;font-weight:700;margin-top:4px}
.h{font-size:14.5px;font-weight:600;margin-bottom:6px}
.rb{display:flex;align-items:flex-start;gap:9px;padding:7px 0;border-bottom:1px dashed ${c.line};font-size:13.5px}.rb:last-child{border:0}
.rb b{flex:none;width:18px;height:18px;border-radius:9px;color:#fff;font-size:11px;line-height:18px;text-align:center}
.rb .n{flex:1}.rb .x{font-size:12px;color:${c.sub};margin-top:2px}
.row{display:flex;justify-content:space-between;gap:12px;padding:6px 0;font-size:13px}.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.st{color:#FF6A2C;font-weight:600}
.note{font-size:12px;color:${c.sub};line-height:1.6;margin:8px 14px}
.foot{position:fixed;left:0;right:0;bottom:0;background:${c.card};border-top:1px solid ${c.line};padding:9px 12px ${ios ? 30 : 11}px;display:flex;justify-content:flex-end;gap:9px}
.foot span{border:1px solid ${dark ? '#555' : '#D0D0D0'};border-radius:16px;padding:6px 14px;font-size:13px}
.foot span:last-child{background:#FF6A2C;border-color:#FF6A2C;color:#fff}
`;
    const rebind = (o.rebind ?? []).map(([n, s, x]) => `<div class="rb"><b style="background:${mark[s][1]}">${mark[s][0]}</b><div class="n">${t('div', 'value', n)}${x ? t('div', 'body', x, 'class="x"') : ''}</div></div>`).join('');
    const rows = o.rows.map(([k, v, role]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, `class="v${role === 'status' ? ' st' : ''}"`)}</div>`).join('');
    const body = `${topBar(scene, { bg: c.card, dark })}<div class="tb"><span class="b">‹</span>${t('span', 'title', '订单详情')}</div>
<div class="hd">${t('div', 'status', o.status, 'class="s"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="l"') : ''}</div>
<div class="card"><div class="g"><div class="pic"></div><div style="flex:1;min-width:0">${t('div', 'value', o.title, 'class="tt"')}${t('div', 'value', o.price, 'class="pr"')}</div></div></div>
${rebind ? `<div class="card">${t('div', 'title', o.rebindTitle ?? '换绑进度', 'class="h"')}${rebind}</div>` : ''}
<div class="card">${t('div', 'title', '订单信息', 'class="h"')}${rows}</div>
${o.notice ? `<div class="note">${o.notice.map((x) => t('div', 'body', x)).join('')}</div>` : ''}
<div style="height:76px"></div><div class="foot">${(o.buttons ?? ['联系客服', '确认收货']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
