// QQ邮箱 on the web (desktop): the top bar with the QQ邮箱 mark, the account address and the
// search box; the left column (写信 / 收信 / 通讯录 buttons and the folders with the unread count);
// the reading pane with its toolbar (返回, 回复, 回复全部, 转发, 删除, 彻底删除, 举报, 标记为…),
// the subject, the 发件人 / 时间 / 收件人 lines, then the shop's HTML mail: a coloured band with the
// shop name, a greeting, the order table (label–value rows, the card code masked) and the notes.
// `scene.mail` = { subject, from, time, to, shop, color, hello: [..], rows: [[k, v]], notes: [..] };
// `scene.folder` = the open folder (收件箱 unless the mail sits in 垃圾箱 …). Light only.
// Layout reconstructed from the web client.
import { t, page } from '../lib/common.mjs';

export default {
  name: 'qqmail-web',
  kind: 'order',
  render(scene) {
    const m = scene.mail;
    const folder = scene.folder ?? '收件箱';
    const folders = [['收件箱', scene.unread ?? 3], ['星标邮件'], ['群邮件'], ['草稿箱'], ['已发送'], ['已删除'], ['垃圾箱'], ['QQ邮件订阅']]
      .map(([f, n]) => `<div class="fd ${f === folder ? 'on' : ''}">${t('span', 'label', f)}${n ? `<span class="n">(${n})</span>` : ''}</div>`).join('');
    const rows = m.rows.map(([k, v]) => `<tr>${t('td', 'label', k, 'class="k"')}${t('td', 'value', v, 'class="v"')}</tr>`).join('');
    const css = `
body{background:#fff;color:#000;font-size:12px;font-family:"Microsoft YaHei","Noto Sans CJK SC",sans-serif}
.top{height:56px;display:flex;align-items:center;padding:0 18px;gap:14px;border-bottom:1px solid #c5d9e8;background:linear-gradient(#fff,#f2f7fc)}
.logo{font-size:22px;font-weight:700;color:#1e6ec5;letter-spacing:1px}
.logo b{color:#f7a600}
.me{font-size:12px;color:#333}
.links{color:#1e5494;font-size:12px}
.srch{margin-left:auto;width:240px;height:26px;border:1px solid #9bb6d1;border-radius:2px;background:#fff;color:#999;display:flex;align-items:center;padding:0 8px}
.wrap{display:flex;height:calc(100vh - 56px)}
.side{width:176px;flex:none;background:#eaf2fb;border-right:1px solid #c5d9e8;padding-top:12px}
.btns{display:flex;gap:4px;padding:0 10px 12px}
.btns span{flex:1;height:28px;border:1px solid #9bb6d1;border-radius:2px;background:linear-gradient(#fff,#e3edf8);display:flex;align-items:center;justify-content:center;font-weight:700;color:#1e5494}
.fd{padding:6px 22px;font-size:13px;color:#000}
.fd.on{background:#c9def5;font-weight:700}
.fd .n{color:#1e5494;font-weight:700;margin-left:2px}
.main{flex:1;overflow:hidden}
.tool{height:36px;display:flex;align-items:center;gap:6px;padding:0 12px;border-bottom:1px solid #dbe5ef;background:#f6f9fc}
.tool span{border:1px solid #b6c9dc;background:linear-gradient(#fff,#edf3f9);border-radius:2px;padding:3px 9px;font-size:12px}
.head{padding:14px 20px 10px;border-bottom:1px solid #e6ecf2;background:#f6f9fc}
.sj{font-size:16px;font-weight:700;margin-bottom:8px;line-height:1.4}
.hl{color:#666;line-height:1.9;font-size:12px}
.hl b{color:#000;font-weight:400}
.mail{padding:18px 20px}
.band{background:${m.color ?? '#2f7de1'};color:#fff;font-size:17px;font-weight:700;padding:12px 18px;max-width:680px}
.mbody{border:1px solid #dde3ea;border-top:0;max-width:680px;padding:14px 18px;font-size:13px;line-height:1.75}
table{border-collapse:collapse;width:100%;margin:8px 0}
td{border:1px solid #e3e8ee;padding:6px 10px;font-size:13px;vertical-align:top}
td.k{width:120px;background:#f7f9fb;color:#555;white-space:nowrap}
td.v{overflow-wrap:anywhere}
.note{color:#444;margin-top:6px}
`;
    const body = `<div class="top"><span class="logo">QQ<b>邮箱</b></span>${t('span', 'value', scene.user ?? '', 'class="me"')}<span class="links">设置 - 换肤</span><span class="srch">邮件全文搜索</span></div>
<div class="wrap"><div class="side"><div class="btns"><span>写信</span><span>收信</span></div><div class="btns"><span>通讯录</span></div>${folders}</div>
<div class="main"><div class="tool"><span>返回</span><span>回复</span><span>回复全部</span><span>转发</span><span>删除</span><span>彻底删除</span><span>举报</span><span>标记为…</span><span>移动到…</span></div>
<div class="head">${t('div', 'title', m.subject, 'class="sj"')}<div class="hl">${t('div', 'value', `发件人：${m.from}`)}${t('div', 'value', `时\u3000间：${m.time}`)}${t('div', 'value', `收件人：${m.to}`)}</div></div>
<div class="mail">${t('div', 'title', m.shop, 'class="band"')}<div class="mbody">${(m.hello ?? []).map((h) => t('div', 'body', h)).join('')}<table>${rows}</table>${(m.notes ?? []).map((n) => t('div', 'body', n, 'class="note"')).join('')}</div></div></div></div>`;
    return page(css, body);
  },
};
