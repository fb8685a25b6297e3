// The Mac App Store (macOS Sonoma look) with the gift-card redeem sheet open: the menu bar (Apple
// mark, "App Store" and its menus, the clock), the store window with the translucent sidebar (the
// search field, 探索 / 创作 / 工作 / 娱乐 / 开发 / 游戏 / 类别 / 更新, the signed-in account at the
// foot), the store page dimmed behind, and the sheet dropped from the title bar: the title, the
// help line, the code field with the typed code (masked), the red message under it and the
// buttons (取消, the default 兑换 in blue). Labels come from the scene (Simplified Chinese or English);
// light or dark (`scene.dark`). Layout reconstructed from macOS; texts from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'macappstore-redeem',
  kind: 'error',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d
      ? { menu: '#1E1E1ECC', mfg: '#F5F5F5', side: '#2C2C2EF2', win: '#1E1E1E', fg: '#ECECEC', sub: '#9A9AA0', line: '#3A3A3C', sheet: '#2C2C2E', field: '#1C1C1E', card: '#2A2A2C' }
      : { menu: '#F3F3F3CC', mfg: '#1D1D1F', side: '#E9E9EBF2', win: '#FFFFFF', fg: '#1D1D1F', sub: '#6E6E73', line: '#D2D2D7', sheet: '#F5F5F7', field: '#FFFFFF', card: '#F2F2F5' };
    const s = scene.sheet;
    const nav = (scene.nav ?? ['探索', '创作', '工作', '娱乐', '开发', '游戏', '类别', '更新']).map((n) => `<div class="ni"><i></i>${t('span', 'label', n)}</div>`).join('');
    const cards = Array.from({ length: 6 }, (_, i) => `<div class="cd"><div class="im" style="background:linear-gradient(135deg,hsl(${i * 55} 60% 60%),hsl(${i * 55 + 40} 55% 45%))"></div><div class="b1"></div><div class="b2"></div></div>`).join('');
    const css = `
body{background:linear-gradient(150deg,#1f3b73 0%,#6b5ba8 50%,#d98b6a 100%);color:${c.fg};font-size:13px;height:100vh;font-family:"Liberation Sans","Noto Sans CJK SC",sans-serif}
.mb{height:25px;background:${c.menu};display:flex;align-items:center;gap:20px;padding:0 14px;color:${c.mfg}}
.mb .ap{font-weight:700}.mb .ck{margin-left:auto}
.win{position:absolute;left:50%;top:calc(50% + 12px);transform:translate(-50%,-50%);width:${scene.winW ?? 1280}px;height:${scene.winH ?? 820}px;background:${c.win};border-radius:12px;box-shadow:0 24px 80px #0008;overflow:hidden;display:flex;border:1px solid ${d ? '#4a4a4d' : '#c4c4c8'}}
.side{width:230px;background:${c.side};padding:14px 12px;border-right:1px solid ${c.line};position:relative}
.tl{display:flex;gap:8px;margin:2px 0 18px 6px}.tl i{width:12px;height:12px;border-radius:50%;display:block}
.sr{height:28px;border-radius:7px;background:${d ? '#3A3A3C' : '#DCDCE0'};margin-bottom:12px;color:${c.sub};display:flex;align-items:center;padding:0 10px}
.ni{display:flex;align-items:center;gap:10px;padding:7px 8px;border-radius:6px;font-size:13.5px}
.ni i{width:16px;height:16px;border-radius:4px;background:#0A84FF;opacity:.85}
.acct{position:absolute;left:12px;right:12px;bottom:14px;display:flex;align-items:center;gap:10px}
.acct b{width:30px;height:30px;border-radius:50%;background:#8E8E93;display:block}
.pg{flex:1;padding:34px 40px;position:relative}
.pg h2{margin:0 0 20px;font-size:26px}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:22px}
.cd{background:${c.card};border-radius:12px;padding:14px}.cd .im{height:120px;border-radius:10px;margin-bottom:12px}
.cd .b1{height:10px;width:60%;background:${c.line};border-radius:5px;margin-bottom:8px}.cd .b2{height:8px;width:40%;background:${c.line};border-radius:4px}
.dim{position:absolute;inset:0;background:${d ? '#00000066' : '#ffffff55'}}
.sheet{position:absolute;left:50%;top:0;transform:translateX(-50%);width:520px;background:${c.sheet};border-radius:0 0 12px 12px;box-shadow:0 16px 50px #0006;padding:26px 30px 22px;border:1px solid ${c.line};border-top:none}
.st{font-size:17px;font-weight:700;margin-bottom:10px;text-align:center}
.sh{color:${c.sub};line-height:1.55;text-align:center;margin-bottom:16px}
.fd{height:36px;border:2px solid #FF453A;border-radius:7px;background:${c.field};display:flex;align-items:center;padding:0 10px;font-family:"Liberation Mono",monospace;font-size:14px}
.er{color:#FF453A;margin-top:8px;line-height:1.5}
.bt{display:flex;justify-content:flex-end;gap:10px;margin-top:22px}
.bt span{min-width:86px;text-align:center;padding:5px 14px;border-radius:6px;background:${d ? '#48484A' : '#fff'};border:1px solid ${c.line}}
.bt span:last-child{background:#0A84FF;border-color:#0A84FF;color:#fff}
`;
    const body = `<div class="mb"><span style="width:12px;height:14px;border-radius:50% 50% 45% 45%;background:${c.mfg};display:inline-block"></span>${t('span', 'label', 'App Store', 'class="ap"')}${(scene.menus ?? ['编辑', '商店', '窗口', '帮助']).map((m) => `<span>${esc(m)}</span>`).join('')}${t('span', 'value', scene.clock ?? '', 'class="ck"')}</div>
<div class="win"><div class="side"><div class="tl"><i style="background:#FF5F57"></i><i style="background:#FEBC2E"></i><i style="background:#28C840"></i></div><div class="sr">${esc(scene.searchLabel ?? '搜索')}</div>${nav}<div class="acct"><b></b>${t('span', 'label', scene.account ?? '')}</div></div>
<div class="pg"><h2>${esc(scene.pageTitle ?? '探索')}</h2><div class="grid">${cards}</div><div class="dim"></div>
<div class="sheet">${t('div', 'title', s.title, 'class="st"')}${s.help ? t('div', 'body', s.help, 'class="sh"') : ''}${t('div', 'value', s.code, 'class="fd"')}${(s.errors ?? []).map((e) => t('div', 'body', e, 'class="er"')).join('')}
<div class="bt">${s.buttons.map((b) => t('span', 'button', b)).join('')}</div></div></div></div>`;
    return page(css, body, LATIN);
  },
};
