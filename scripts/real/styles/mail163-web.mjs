// 网易邮箱 (163 / 126 mail) on the web, desktop: the white header with the red mark and "网易邮箱",
// the search box and the signed-in address; the left column (写 信 / 收 信 buttons, the folders
// 收件箱 with its unread count, 红旗邮件, 待办邮件, 草稿箱, 已发送, 已删除, 垃圾邮件, the open one
// marked); the tab strip (首页, 收件箱 or 已发送, the open letter's tab); the reading toolbar (返回,
// 回复, 回复全部, 转发, 删除, 举报, 标记为…); the subject in bold and, in conversation view, one card
// per letter of the thread (sender name and address, 收件人, 时间, the body), newest at the bottom.
// `scene.folder` names the open folder ('inbox' | 'sent'). Texts from the scene; layout
// reconstructed from the web client.
import { t, esc, page } from '../lib/common.mjs';

export default {
  name: 'mail163-web',
  kind: 'chat',
  render(scene) {
    const m = scene.mail;
    const folders = [['收件箱', 'inbox'], ['红旗邮件'], ['待办邮件'], ['草稿箱'], ['已发送', 'sent'], ['已删除'], ['垃圾邮件']];
    const open = scene.folder ?? 'inbox';
    const fl = folders.map(([n, k]) => `<div class="fi ${k === open ? 'on' : ''}">${t('span', 'label', n)}${k === 'inbox' && scene.unread ? `<b>${esc(scene.unread)}</b>` : ''}</div>`).join('');
    const cards = m.letters.map((l) => `<div class="lt">
<div class="lh"><span class="av" style="background:${l.self ? '#5B8FF9' : '#E8553E'}">${esc(l.name.slice(0, 1))}</span><div class="lm">${t('div', 'label', `${l.name} <${l.addr}>`, 'class="ln"')}${t('div', 'label', `收件人：${l.to}`, 'class="lr"')}</div>${t('span', 'label', l.time, 'class="lt2"')}</div>
<div class="lb">${l.body.map((p) => t('p', l.self ? 'buyer' : 'merchant', p)).join('')}</div></div>`).join('');
    const css = `
body{background:#F0F2F5;color:#222;font-size:14px;height:100vh;font-family:"Noto Sans CJK SC","Liberation Sans",sans-serif}
.hd{height:56px;background:#fff;border-bottom:1px solid #E3E6EB;display:flex;align-items:center;gap:14px;padding:0 18px}
.hd .mk{width:30px;height:30px;border-radius:6px;background:#D7000F;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center;font-size:13px}
.hd .nm{font-size:18px;font-weight:600;color:#333}
.hd .sr{margin-left:40px;width:320px;height:32px;border-radius:16px;background:#F3F4F6;display:flex;align-items:center;padding:0 14px;color:#999;font-size:13px}
.hd .me{margin-left:auto;color:#555;font-size:13px}
.wrap{display:flex;height:calc(100vh - 56px)}
.left{width:200px;background:#F7F8FA;border-right:1px solid #E3E6EB;padding:16px 12px}
.wb{display:flex;gap:8px;margin-bottom:16px}.wb span{flex:1;text-align:center;padding:8px 0;border-radius:4px;border:1px solid #D5D9E0;background:#fff}
.wb span:first-child{background:#2F6BFF;color:#fff;border-color:#2F6BFF}
.fi{display:flex;justify-content:space-between;padding:8px 12px;border-radius:4px;color:#444}
.fi.on{background:#E4ECFF;color:#2F6BFF;font-weight:600}
.fi b{font-weight:400;color:#888}
.rp{flex:1;display:flex;flex-direction:column;background:#fff;min-width:0}
.tabs{height:36px;background:#F7F8FA;border-bottom:1px solid #E3E6EB;display:flex;align-items:flex-end;padding-left:8px;gap:2px;font-size:13px}
.tabs span{padding:7px 16px;color:#666;max-width:360px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.tabs span.on{background:#fff;border:1px solid #E3E6EB;border-bottom:none;border-radius:4px 4px 0 0;color:#222}
.tool{height:44px;border-bottom:1px solid #EEF0F3;display:flex;align-items:center;gap:8px;padding:0 16px}
.tool span{padding:4px 12px;border:1px solid #D5D9E0;border-radius:3px;font-size:13px;color:#444}
.rd{flex:1;overflow:hidden;padding:16px 26px}
.sj{font-size:19px;font-weight:700;margin:2px 0 14px}
.lt{border:1px solid #EEF0F3;border-radius:6px;margin-bottom:12px}
.lh{display:flex;align-items:center;gap:10px;padding:10px 14px;background:#FAFBFC;border-bottom:1px solid #EEF0F3}
.av{width:32px;height:32px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;flex:none}
.lm{flex:1;min-width:0}.ln{font-weight:600;font-size:13.5px}.lr{font-size:12.5px;color:#888;margin-top:2px}
.lt2{font-size:12.5px;color:#888;white-space:nowrap}
.lb{padding:4px 18px 6px 56px;line-height:1.75}
.lb p{margin:8px 0;white-space:pre-wrap;overflow-wrap:anywhere}
`;
    const body = `<div class="hd"><span class="mk">163</span><span class="nm">网易邮箱</span><span class="sr">支持邮件全文搜索</span>${t('span', 'label', scene.account, 'class="me"')}</div>
<div class="wrap"><div class="left"><div class="wb"><span>写 信</span><span>收 信</span></div>${fl}</div>
<div class="rp"><div class="tabs"><span>首页</span><span>${open === 'sent' ? '已发送' : '收件箱'}</span><span class="on">${esc(m.subject)}</span></div>
<div class="tool"><span>返回</span><span>回复</span><span>回复全部</span><span>转发</span><span>删除</span><span>举报</span><span>标记为…</span></div>
<div class="rd" data-scroll>${t('div', 'title', m.subject, 'class="sj"')}${cards}</div></div></div>`;
    return page(css, body);
  },
};
