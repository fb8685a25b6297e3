import type { FailureKind } from '../rules/schema.js';
import type { Box, EvidenceKind, Side } from '../types.js';

/** Where a fact was read: the file, the line and its box. */
export interface FactRef {
  file: string;
  kind: EvidenceKind;
  /** Index of the line in the evidence; -1 for the order record or the file name. */
  line: number;
  text: string;
  side: Side;
  box?: Box;
  /** OCR confidence of the line or bubble (0..100; 100 for text files, absent for the order record). */
  conf?: number;
}

export interface OrderIdFact {
  value: string;
  /** Labelled as this order's number, as a trade/ticket number, or a bare number. */
  label: 'order' | 'trade' | 'bare';
  ref: FactRef;
}

export interface AmountFact {
  value: number;
  /** Beside a paid-amount label (实付, 支付金额, total). */
  labeled: boolean;
  ref: FactRef;
}

export interface TimeFact {
  at: Date;
  /** The time a label names, if any. */
  label?: 'paid' | 'delivered';
  /** 'name': from the file name (when the screenshot was taken). */
  source: 'text' | 'name';
  ref: FactRef;
}

export interface WindowFact {
  /** The window's length; undefined when the terms name a window without its length ("在保障时间内"). */
  minutes: number | undefined;
  /** The terms exclude card-code problems from this rule (除卡密问题外). */
  exceptCard: boolean;
  ref: FactRef;
}

/** Everything read from one case's evidence, each fact pointing back to its source. */
export interface Facts {
  orderIds: OrderIdFact[];
  amounts: AmountFact[];
  times: TimeFact[];
  /**
   * Failures shown: the kind, the phrase that told it, and the sentence to quote (from the failure's
   * subject on); `shown` is the kind the evidence itself shows where the rest of the case made it
   * another (a used code the buyer says they used themselves).
   */
  failures: { kind: FailureKind; shown?: FailureKind; phrase: string; quote: string; quoteConf?: number; ref: FactRef }[];
  /** The buyer reports a problem. */
  reports: FactRef[];
  /** Any merchant message. */
  replies: FactRef[];
  /** The merchant or the shop's terms promise the goods work (100%能用, 包售后, 正版保证). */
  promises: FactRef[];
  /** The merchant undertakes to refund or replace, conditionally or not (确实有问题就给你退, 核实后补发). */
  undertakings: FactRef[];
  /** The merchant promises a delivery time (10分钟内到账). */
  deliveryPromises: { minutes: number; ref: FactRef }[];
  /** The buyer admits buying the wrong thing (买错了, 下错单). */
  wrongPurchase: FactRef[];
  /** Of those, the lines that tell it outright as the buyer's own mistake, not as a question. */
  wrongPurchaseAdmitted: FactRef[];
  /** The shop denies saying or promising what the buyer holds against it (没有说过, "I never said that"). */
  denials: FactRef[];
  /** The buyer says the goods work or came after all (新的这张兑换成功了, "the new key worked"). */
  cured: FactRef[];
  /** An order page shows the order's money sent back (已退款, 退款成功 ¥58.80, "Refunded"). */
  refunded: FactRef[];
  /** An order or payment page shows the payment not complete (付款确认中, "Payment pending"). */
  unpaid: FactRef[];
  /** The buyer says they used the code themselves, on another device or account (先激活在手机上了): not asked. */
  ownUse: FactRef[];
  /**
   * The goods were taken into use: the buyer says they redeemed or activated them, or the
   * account was rebound to them or receipt confirmed (已换绑, 买家已确认收货, "I already redeemed it").
   */
  taken: FactRef[];
  /** A key or code shown on an order or other page that is no chat ("Your key VK7N2-…"): the goods are there. */
  goodsShown: FactRef[];
  /** The buyer says they have not looked where the goods were sent (我没看邮箱, "I haven't checked my email"). */
  unchecked: FactRef[];
  /** The buyer asks to cancel. */
  cancels: FactRef[];
  /** The buyer says the goods differ from the description. */
  notAsDescribed: FactRef[];
  privateChannel: FactRef[];
  threats: FactRef[];
  /** Terms that exclude a refund; `once`: only from the delivery (or use) on ("已充值到账后不退不换"). */
  noRefund: { type: 'absolute' | 'non_quality'; exceptCard: boolean; once: boolean; ref: FactRef }[];
  windows: WindowFact[];
  delivered: FactRef[];
  undelivered: FactRef[];
  /** Product titles shown beside a product label or a price on order pages: the value, and where. */
  products: { value: string; ref: FactRef }[];
}
