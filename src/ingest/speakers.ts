import type { Box, Side } from '../types.js';

/**
 * Who wrote a chat block, from where it sits: WeChat, QQ and shop apps put the
 * buyer's bubbles on the right and the merchant's on the left; centred blocks are
 * time separators and system notes. The top and bottom strips (status bar, title,
 * input bar) are system.
 */
export function sideOfBlock(box: Box, width: number, height: number, avatars: Box[] = []): Side {
  // Status bar and title bar on top, input bar below: never a message.
  if (box.y + box.h < height * 0.1 || box.y > height * 0.93) return 'system';
  // The avatar beside a bubble's first line says who wrote it.
  const avatar = avatars.find((a) => a.y < box.y + box.h && a.y + a.h > box.y && Math.abs(a.y - box.y) < a.h);
  if (avatar) return avatar.x + avatar.w / 2 > width / 2 ? 'buyer' : 'merchant';
  if (box.w > width * 0.85) return 'unknown';
  const left = box.x;
  const right = width - (box.x + box.w);
  if (Math.abs(left - right) < width * 0.04) return 'system';
  return right < left ? 'buyer' : 'merchant';
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
