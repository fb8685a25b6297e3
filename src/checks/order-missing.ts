import { defineCheck } from './define.js';

export default defineCheck({
  code: 'order-missing',
  severity: 'error',
  capture: {
    zh: '截图订单详情页, 要能看到订单号、商品名称、实付金额和付款时间 (或导出订单记录存为 order.json)。',
    en: 'Screenshot the order details page showing the order number, product, amount paid and payment time (or export the order record as order.json).',
  },
  docs: {
    what: {
      zh: '案件里既没有订单记录（order.json/order.yaml），也没有能识别为订单页面的截图。',
      en: 'The case has neither an order record (order.json/order.yaml) nor a screenshot recognised as an order page.',
    },
    why: {
      zh: '订单凭证是整条证据链的起点：审核人员要先确认你确实买了这件商品、什么时候买的、付了多少钱，聊天和报错截图才能和这笔订单对上。',
      en: 'Order proof is where the evidence chain starts: the reviewer first confirms that you bought this item, when, and for how much. Only then can the chat and error captures be tied to the order.',
    },
    fix: {
      zh: '在平台“我的订单”里打开这笔订单，截图订单详情页，画面里要有订单号、商品名称、实付金额和付款时间；也可以导出订单记录，存为 order.json 放进案件文件夹。',
      en: 'Open the order under My orders on the platform and screenshot its details page showing the order number, product, amount paid and payment time, or export the order record and save it as order.json in the case folder.',
    },
  },
  messages: {
    missing: {
      message: { zh: '没有订单凭证: 既没有订单记录, 也没有订单截图', en: 'No order proof: no order record and no order screenshot' },
      suggestion: {
        zh: '在平台"我的订单"里打开这笔订单, 截图订单详情 (要看得到订单号、商品、实付金额和付款时间)。',
        en: 'Open this order under "My orders" on the platform and screenshot its details (order number, product, amount paid, payment time).',
      },
    },
  },
  evaluate(model, report) {
    if (model.order.source === 'none' && model.orderProblems.length === 0) report('missing');
  },
});
