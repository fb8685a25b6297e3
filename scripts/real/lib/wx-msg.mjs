// WeChat-like message rows shared by the blind23 styles `wechat-pc` (WeChat for Windows) and
// `ipad-split` (WeChat for iPad in Split View): text bubbles, a reply that quotes an earlier
// message (the grey quote box under the bubble), a recalled message ("…撤回了一条消息" centred),
// a voice message with its 转文字 transcript shown under it, a 微信转账 transfer card (orange,
// pale when 已收款 / 已退还), an image placeholder, centred time stamps and system notices.
//
// message: { from: 'buyer'|'merchant'|'time'|'system', text, type?: 'text'|'quote'|'recall'|'voice'|'transfer'|'image',
//            quote?: string, seconds?: number, amount?: string, note?: string, status?: string }
import { esc, t, avatar, picture } from './common.mjs';

/** CSS for the rows; `c` gives the colours and the avatar size. */
export function wxCss(c) {
  return `
.wrow{display:flex;align-items:flex-start;gap:10px;padding:8px ${c.padX ?? 20}px}
.wrow.me{flex-direction:row-reverse}
.wcol{display:flex;flex-direction:column;max-width:${c.maxW ?? 520}px}
.wrow.me .wcol{align-items:flex-end}
.wname{font-size:12px;color:${c.sub};margin:0 0 3px}
.wb{padding:${c.pad ?? '9px 12px'};border-radius:4px;font-size:${c.font ?? 14}px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere;position:relative;color:${c.fg}}
.wrow .wb{background:${c.otherBg}}
.wrow.me .wb{background:${c.selfBg}}
.wrow .wb::before{content:"";position:absolute;left:-5px;top:12px;border:5px solid transparent;border-left:0;border-right-color:${c.otherBg}}
.wrow.me .wb::before{left:auto;right:-5px;border:5px solid transparent;border-right:0;border-left-color:${c.selfBg}}
.wq{margin-top:5px;background:${c.quoteBg};color:${c.sub};font-size:${(c.font ?? 14) - 1.5}px;line-height:1.45;padding:5px 9px;border-radius:4px;white-space:pre-wrap;overflow-wrap:anywhere;max-width:100%}
.wv{display:flex;align-items:center;gap:8px}
.wrow.me .wv{flex-direction:row-reverse}
.wv i{font-style:normal;font-size:15px;opacity:.8}
.wtr{margin-top:5px;background:${c.trBg};color:${c.fg};font-size:${c.font ?? 14}px;line-height:1.5;padding:8px 11px;border-radius:4px;white-space:pre-wrap;overflow-wrap:anywhere}
.wtx{width:${c.cardW ?? 236}px;border-radius:6px;overflow:hidden;background:#FA9D3B;color:#fff}
.wtx.done{background:#FDE1C3}
.wtx .tp{display:flex;gap:10px;align-items:center;padding:12px 13px}
.wtx .ic{flex:none;width:38px;height:38px;border-radius:50%;border:2px solid #ffffffcc;display:flex;align-items:center;justify-content:center;font-size:19px}
.wtx .am{font-size:16px;font-weight:500}
.wtx .nt{font-size:12.5px;opacity:.92;margin-top:2px}
.wtx .ft{font-size:11px;padding:4px 13px 5px;border-top:1px solid #ffffff55;opacity:.9}
.wsys{text-align:center;margin:8px 0;font-size:12px;color:${c.sysFg}}
.wsys span{display:inline-block;${c.sysBg ? `background:${c.sysBg};padding:2px 8px;border-radius:3px` : ''}}
`;
}

/** One row. `names` = { buyer, merchant } shown over the other side's bubbles when `showName`. */
export function wxRow(m, scene, opts = {}) {
  if (m.from === 'time' || m.from === 'system' || m.type === 'recall') return `<div class="wsys">${t('span', 'system', m.text)}</div>`;
  const me = m.from === 'buyer';
  const size = opts.avatar ?? 36;
  const [ch, col] = me ? scene.buyerAvatar ?? ['🐼', '#c7d3df'] : scene.merchantAvatar ?? ['店', '#3b7dd8'];
  const name = !me && opts.showName ? `<div class="wname">${esc(scene.merchantName ?? '')}</div>` : '';
  let inner;
  if (m.type === 'image') inner = picture(m.w ?? 150, m.h ?? 190, m.hue ?? 200);
  else if (m.type === 'voice') {
    const w = Math.min(60 + m.seconds * 5, 220);
    inner = `<div class="wb wv" style="min-width:${w}px"><i>${me ? '◁)' : '(▷'}</i>${t('span', m.from, `${m.seconds}"`)}</div>${m.text ? t('div', m.from, m.text, 'class="wtr"') : ''}`;
  } else if (m.type === 'transfer') {
    const done = Boolean(m.done);
    inner = `<div class="wtx ${done ? 'done' : ''}"><div class="tp"><div class="ic">${done ? '✓' : '⇄'}</div><div>${t('div', m.from, m.amount, 'class="am"')}${t('div', m.from, m.note ?? '', 'class="nt"')}</div></div>${t('div', 'label', opts.transferLabel ?? '微信转账', 'class="ft"')}</div>`;
  } else if (m.type === 'quote') inner = `${t('div', m.from, m.text, 'class="wb"')}${t('div', 'system', m.quote, 'class="wq"')}`;
  else inner = t('div', m.from, m.text, 'class="wb"');
  return `<div class="wrow ${me ? 'me' : ''}">${avatar(ch, col, size, opts.radius ?? 4)}<div class="wcol">${name}${inner}</div></div>`;
}
