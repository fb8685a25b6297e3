// 网易游戏客服中心 (the publisher's customer-service site, gm.163.com style) → 我的提问 → 问题详情,
// on a phone or a desktop browser: the red-and-white header with the 网易游戏 mark and 客服中心, the
// breadcrumb, the question card (问题编号, 游戏, 服务器 / 账号, 问题分类, 提交时间, 状态 tag: 处理中
// orange / 已回复 green / 已结单 grey), then the thread: the player's question and additions (我的提问,
// 补充说明) and the agent's replies (客服回复 with the agent's signature), each with its time, and
// the 评价本次服务 bar (满意 / 不满意) or the 继续追问 box. Layout reconstructed; texts from the scene.
import { t, page, topBar } from '../lib/common.mjs';

const TONE = { wait: '#FF8A00', done: '#20A162', closed: '#999' };

export default {
  name: 'netease-gm',
  kind: 'chat',
  render(scene) {
    const narrow = scene._device.width < 700;
    const q = scene.ticket;
    const thread = scene.messages.map((m) => {
      const me = m.from === 'buyer';
      return `<div class="tm ${me ? 'me' : 'gm'}"><div class="th">${t('span', 'label', m.label ?? (me ? '我的提问' : '客服回复'), `class="tl ${me ? 'tq' : 'ta'}"`)}${t('span', 'label', m.at, 'class="tt"')}</div>${t('div', m.from, m.text, 'class="tx"')}${m.sign ? t('div', m.from, m.sign, 'class="sg"') : ''}${m.images ? `<div class="ims">${Array.from({ length: m.images }, () => '<div class="im"></div>').join('')}</div>` : ''}</div>`;
    }).join('');
    const css = `
body{background:#F4F4F4;color:#333;font-size:14px;font-family:"Noto Sans CJK SC","Liberation Sans",sans-serif}
.app{display:flex;flex-direction:column;${scene.long ? 'min-height:100vh' : 'height:100vh'}}
.hd{background:#fff;border-top:3px solid #D6001C;box-shadow:0 1px 3px #0000000f;flex:none}
.hi{max-width:1100px;margin:0 auto;height:${narrow ? 48 : 64}px;display:flex;align-items:center;gap:12px;padding:0 ${narrow ? 12 : 0}px}
.logo{background:#D6001C;color:#fff;font-weight:700;font-size:${narrow ? 13 : 15}px;padding:4px 8px;border-radius:3px}
.ttl{font-size:${narrow ? 16 : 19}px;font-weight:600}
.nav{margin-left:auto;display:flex;gap:22px;font-size:14px;color:#666}.nav .on{color:#D6001C}
.sc{flex:1;overflow:hidden}
.wrap{max-width:1100px;margin:0 auto;padding:${narrow ? '10px' : '18px 0'}}
.crumb{font-size:12.5px;color:#999;margin:0 0 10px}
.qc{background:#fff;border-radius:4px;padding:${narrow ? '12px 14px' : '18px 24px'};margin-bottom:12px}
.qt{font-size:${narrow ? 16 : 18}px;font-weight:600;line-height:1.5;display:flex;gap:10px;align-items:flex-start}
.tag{flex:none;font-size:12px;color:#fff;padding:2px 8px;border-radius:10px;margin-top:3px}
.grid{display:grid;grid-template-columns:${narrow ? '1fr' : '1fr 1fr'};gap:6px 30px;margin-top:10px}
.kv{font-size:13px;display:flex;gap:8px}.kv .k{color:#999;white-space:nowrap}
.thr{background:#fff;border-radius:4px;padding:${narrow ? '4px 14px' : '8px 24px'}}
.tm{padding:14px 0;border-bottom:1px dashed #e5e5e5}.tm:last-child{border-bottom:0}
.th{display:flex;align-items:center;gap:10px;margin-bottom:8px}
.tl{font-size:12.5px;padding:1px 8px;border-radius:3px}.tq{background:#EAF2FF;color:#2F6BD8}.ta{background:#FDECEE;color:#D6001C}
.tt{font-size:12px;color:#aaa;margin-left:auto}
.tx{font-size:14px;line-height:1.75;white-space:pre-wrap;overflow-wrap:anywhere}
.sg{font-size:13px;color:#888;margin-top:8px;text-align:right}
.ims{display:flex;gap:8px;margin-top:8px}.im{width:70px;height:70px;border-radius:3px;background:linear-gradient(135deg,#3b4a6b,#8a5a8f)}
.ev{background:#fff;border-radius:4px;margin-top:12px;padding:14px;display:flex;align-items:center;gap:12px;font-size:14px}
.ev span.b{border:1px solid #D6001C;color:#D6001C;border-radius:16px;padding:4px 16px;font-size:13px}
`;
    const body = `<div class="app"><div class="hd">${topBar(scene, { bg: '#fff' })}<div class="hi">${t('span', 'title', '网易游戏', 'class="logo"')}${t('span', 'title', '客服中心', 'class="ttl"')}${narrow ? '' : '<div class="nav"><span>首页</span><span>自助服务</span><span class="on">我的提问</span><span>账号安全</span></div>'}</div></div>
<div class="sc" data-scroll><div class="wrap">${t('div', 'label', '客服中心 > 我的提问 > 问题详情', 'class="crumb"')}
<div class="qc"><div class="qt">${t('span', 'status', q.status, `class="tag" style="background:${TONE[q.tone ?? 'wait']}"`)}${t('span', 'title', q.subject)}</div>
<div class="grid">${q.fields.map(([k, v]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v)}</div>`).join('')}</div></div>
<div class="thr">${thread}</div>
${q.tone === 'done' ? `<div class="ev">${t('span', 'label', '评价本次服务')}<span class="b">满意</span><span class="b">不满意</span></div>` : ''}</div></div></div>`;
    return page(css, body);
  },
};
