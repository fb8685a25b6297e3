// A 卡盟 shop's back office, 订单详情 (desktop, left menu, breadcrumb): a status tag, label–value
// rows in two columns, the delivered 卡密 masked, and 操作 buttons.
import { t, page, esc } from '../lib/common.mjs';

export default {
  name: 'kameng-admin',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const menu = ['控制台', '商品管理', '订单管理', '卡密管理', '售后工单', '财务明细', '系统设置'].map((m, i) => `<div class="mi ${i === 2 ? 'on' : ''}">${esc(m)}</div>`).join('');
    const rows = o.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:#F0F2F5;color:#303133;font-size:14px}
.app{display:flex;height:100vh}
.menu{width:210px;background:#304156;color:#bfcbd9;padding-top:60px}
.mi{padding:14px 24px}.mi.on{background:#263445;color:#409EFF}
.main{flex:1}
.top{height:50px;background:#fff;box-shadow:0 1px 4px #0001;display:flex;align-items:center;padding:0 20px;color:#97a8be}
.box{margin:16px;background:#fff;border-radius:4px;padding:18px 22px}
.hd{display:flex;align-items:center;gap:12px;font-size:18px;margin-bottom:16px}
.tag{font-size:13px;padding:3px 10px;border-radius:4px;background:${o.tagBg ?? '#fef0f0'};color:${o.tagFg ?? '#f56c6c'};border:1px solid ${o.tagFg ?? '#f56c6c'}55}
.grid{display:grid;grid-template-columns:1fr 1fr;border-top:1px solid #ebeef5;border-left:1px solid #ebeef5}
.r{display:flex;border-right:1px solid #ebeef5;border-bottom:1px solid #ebeef5}
.k{width:120px;flex:none;background:#fafafa;padding:11px 12px;color:#909399}
.v{padding:11px 12px;overflow-wrap:anywhere}
.ops{margin-top:16px;display:flex;gap:10px}
.ops span{padding:8px 16px;border-radius:4px;font-size:13px;border:1px solid #dcdfe6}
.ops span:first-child{background:#409EFF;color:#fff;border-color:#409EFF}
`;
    const body = `<div class="app"><div class="menu">${menu}</div><div class="main"><div class="top">${esc('首页 / 订单管理 / 订单详情')}</div>
<div class="box"><div class="hd">${t('span', 'title', '订单详情')}${t('span', 'status', o.status, 'class="tag"')}</div><div class="grid">${rows}</div>
<div class="ops">${o.buttons.map((b) => t('span', 'button', b)).join('')}</div></div></div></div>`;
    return page(css, body);
  },
};
