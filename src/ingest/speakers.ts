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
  const shop = merchant?.split(/\s+/)[0];
  if (MERCHANT_NAMES.test(n) || (merchant && n.includes(merchant)) || (shop && shop.length >= 3 && n.includes(shop))) return 'merchant';
  if (/客服|店|商家|卖家|官方|seller|shop|store|support|official/i.test(n)) return 'merchant';
  return 'unknown';
}

const NAME_TIME = /^([A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff .·-]{0,28}?)\s+((?:上午|下午|晚上)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?)$/i;

/**
 * Speakers in a desktop chat that puts the sender's name and time above each message
 * (WeChat and QQ for PC, shop consoles) instead of left and right bubbles. Returns, for
 * each line, the side and a message number, or undefined when the page is not laid out
 * so: it needs name lines for the merchant and for one other person.
 */
export function sidesFromNameLines(texts: string[], merchant?: string): { side: Side; message: number }[] | undefined {
  const headers = texts.map((t) => NAME_TIME.exec(t.replace(/^[^\p{L}\p{N}]+/u, '').trim()));
  const names = new Map<string, Side>();
  for (const h of headers) if (h) names.set(h[1]!.trim(), sideOfName(h[1]!, merchant));
  const sides = [...names.values()];
  if (!sides.includes('merchant') || names.size < 2) return undefined;
  // With one merchant name, the other name is the buyer's.
  const others = [...names.entries()].filter(([, side]) => side === 'unknown');
  if (others.length === 1) names.set(others[0]![0], 'buyer');
  let side: Side = 'unknown';
  let message = 0;
  return texts.map((_, i) => {
    const h = headers[i];
    if (h) {
      side = names.get(h[1]!.trim()) ?? 'unknown';
      message++;
      return { side: 'system' as Side, message };
    }
    return { side, message };
  });
}
