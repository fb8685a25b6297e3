import type { Box, Side } from '../types.js';

/**
 * Who wrote a chat block, from where it sits: WeChat, QQ and shop apps put the
 * buyer's bubbles on the right and the merchant's on the left; centred blocks are
 * time separators and system notes. The top and bottom strips (status bar, title,
 * input bar) are system.
 */
export function sideOfBlock(box: Box, width: number, height: number): Side {
  const top = box.y + box.h;
  if (top < height * 0.075 || box.y > height * 0.93) return 'system';
  if (box.w > width * 0.85) return 'unknown';
  const left = box.x;
  const right = width - (box.x + box.w);
  if (right < left - width * 0.08 && right < width * 0.2) return 'buyer';
  if (left < right - width * 0.08 && left < width * 0.2) return 'merchant';
  return 'system';
}

const BUYER_NAMES = /^(我|买家|本人|顾客|客户|buyer|me|customer)$/i;
const MERCHANT_NAMES = /^(商家|卖家|客服|店主|掌柜|店家|老板|seller|merchant|shop|store|support)$/i;

/** Who wrote a line of a chat export, from the name before the message. */
export function sideOfName(name: string, merchant?: string): Side {
  const n = name.trim().replace(/^[[【(]|[\])】]$/g, '');
  if (BUYER_NAMES.test(n)) return 'buyer';
  if (MERCHANT_NAMES.test(n) || (merchant && n.includes(merchant)) || /客服|店|商家|卖家|seller|shop/i.test(n)) return 'merchant';
  return 'unknown';
}
