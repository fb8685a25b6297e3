import { describe, expect, it } from 'vitest';
import { findBlocks, outsideMask } from '../../../src/ingest/ocr/layout.js';
import { decodeImage, type DecodedImage } from '../../../src/ingest/ocr/image.js';

type Rgb = [number, number, number];

/** A page shaded from `top` to `bottom` (a chat wallpaper) under a white title bar, with bubbles holding dark text bars. */
function wallpaperPage(top: Rgb, bottom: Rgb, bubbles: { x: number; y: number; w: number; h: number; fill: Rgb }[]): DecodedImage {
  const width = 600;
  const height = 1200;
  const rgb = Buffer.alloc(width * height * 3);
  const set = (x: number, y: number, c: Rgb): void => {
    rgb.set(c, (y * width + x) * 3);
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (y + x * 0.3) / (height + width * 0.3);
      set(x, y, y < 100 ? [255, 255, 255] : (top.map((c, i) => Math.round(c + (bottom[i]! - c) * t)) as Rgb));
    }
  }
  // the title's text
  for (let y = 40; y < 60; y++) for (let x = 220; x < 380; x++) if (x % 6 < 3) set(x, y, [20, 20, 20]);
  for (const b of bubbles) {
    for (let y = b.y; y < b.y + b.h; y++) for (let x = b.x; x < b.x + b.w; x++) set(x, y, b.fill);
    // two text lines of strokes
    for (const ty of [b.y + 14, b.y + 44]) {
      for (let y = ty; y < ty + 18; y++) for (let x = b.x + 14; x < b.x + b.w - 14; x++) if (x % 7 < 3) set(x, y, [25, 25, 25]);
    }
  }
  return { width, height, rgb };
}

describe('layout on a shaded background', () => {
  it('finds the bubbles of a chat whose wallpaper is a gradient, each on its side', () => {
    const bubbles = [
      { x: 250, y: 200, w: 320, h: 80, fill: [239, 254, 221] as Rgb },
      { x: 30, y: 340, w: 320, h: 80, fill: [255, 255, 255] as Rgb },
      { x: 250, y: 480, w: 320, h: 80, fill: [239, 254, 221] as Rgb },
      { x: 30, y: 620, w: 320, h: 80, fill: [255, 255, 255] as Rgb },
    ];
    const { blocks } = findBlocks(wallpaperPage([213, 227, 184], [150, 190, 120], bubbles));
    const solid = blocks.filter((b) => b.solid);
    expect(solid).toHaveLength(4);
    for (const [i, b] of bubbles.entries()) {
      const found = solid[i]!.box;
      expect(Math.abs(found.x - b.x)).toBeLessThan(6);
      expect(Math.abs(found.y - b.y)).toBeLessThan(6);
      expect(Math.abs(found.w - b.w)).toBeLessThan(10);
    }
  });

  it('cuts a wallpaper between white bars into its bubbles when half of them are white too', async () => {
    // A forwarded Telegram capture (JPEG, 540 px): the wallpaper shades from light to darker
    // green; the title, the input bar and the partner's bubbles are white, so the page looks white
    // at its edges and the chat area did not look solid: it was read as one block.
    const img = await decodeImage('fixtures/real-blind7/telegram/b7-telegram-global.jpg');
    const bubbles = findBlocks(img).blocks.filter((b) => b.box.y > 180 && b.box.y < 800 && b.box.h > 40);
    expect(bubbles.length).toBeGreaterThanOrEqual(4);
    // the buyer's on the right, the shop's on the left, none across the chat
    expect(bubbles.every((b) => b.box.w < img.width * 0.85)).toBe(true);
    expect(bubbles.some((b) => b.box.x > img.width * 0.15)).toBe(true);
    expect(bubbles.some((b) => b.box.x < img.width * 0.05)).toBe(true);
  });
});

describe('the outside mask of a bubble', () => {
  /**
   * A block as layout cuts it when a sender's name sits right above a bubble: white page, a
   * name of 10 px strokes at the top, a light blue bubble below with an anti-aliased rim.
   */
  function nameOverBubble(): { img: DecodedImage; box: { x: number; y: number; w: number; h: number } } {
    const width = 300;
    const height = 70;
    const rgb = Buffer.alloc(width * height * 3, 255);
    const set = (x: number, y: number, c: Rgb): void => {
      rgb.set(c, (y * width + x) * 3);
    };
    // the name: thin strokes, 10 px high, 5 px below the top
    for (let y = 5; y < 15; y++) for (let x = 20; x < 80; x++) if (x % 5 < 2) set(x, y, [70, 70, 70]);
    // the bubble, rows 24..69, with a one-pixel rim of a blend of the two colours
    for (let y = 24; y < 70; y++) for (let x = 10; x < 290; x++) set(x, y, y === 24 || x === 10 || x === 289 ? [246, 250, 254] : [238, 245, 253]);
    // the bubble's text
    for (let y = 40; y < 54; y++) for (let x = 30; x < 200; x++) if (x % 6 < 2) set(x, y, [30, 30, 30]);
    return { img: { width, height, rgb }, box: { x: 0, y: 0, w: width, h: height } };
  }

  it('masks the page around the bubble and its rim, but not a name standing on the page within the box', () => {
    const { img, box } = nameOverBubble();
    const mask = outsideMask(img, box, [255, 255, 255]);
    const at = (x: number, y: number): number => mask[y * box.w + x]!;
    // the name's strokes stay (growing the rim over them erased the name whole)
    const nameInk = [];
    for (let y = 5; y < 15; y++) for (let x = 20; x < 80; x++) if (x % 5 < 2) nameInk.push(at(x, y));
    expect(nameInk.filter((m) => m === 0).length).toBe(nameInk.length);
    // the page between the strokes, the bubble's rim and a band inside it are masked
    expect(at(22, 10)).toBe(1);
    expect(at(150, 24)).toBe(1);
    expect(at(150, 26)).toBe(1);
    expect(at(11, 40)).toBe(1);
    // the bubble's text is not
    expect(at(30, 45)).toBe(0);
  });
});

describe('letter avatars', () => {
  it('finds a shaded disc with a white letter at the page edge as an avatar, though its commonest colour is the page white', () => {
    const width = 640;
    const height = 800;
    const rgb = Buffer.alloc(width * height * 3, 255);
    const set = (x: number, y: number, c: Rgb): void => {
      rgb.set(c, (y * width + x) * 3);
    };
    // a disc of radius 27 centred at (47, 427), its blue shaded over several colour bins
    const [cx, cy, r] = [47, 427, 27];
    for (let y = cy - r; y <= cy + r; y++) {
      for (let x = cx - r; x <= cx + r; x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
        const t = (y - (cy - r)) / (2 * r);
        set(x, y, [Math.round(30 + 40 * t), Math.round(120 + 40 * t), Math.round(190 + 40 * t)]);
      }
    }
    // the white letter: a stem and a bowl
    for (let y = cy - 14; y <= cy + 14; y++) for (let x = cx - 9; x <= cx - 3; x++) set(x, y, [255, 255, 255]);
    for (let y = cy - 14; y <= cy + 1; y++) for (let x = cx - 3; x <= cx + 10; x++) if (y < cy - 8 || y > cy - 5 || x > cx + 4) set(x, y, [255, 255, 255]);
    // a grey bubble with dark text beside it
    for (let y = 400; y < 480; y++) for (let x = 90; x < 520; x++) set(x, y, [240, 240, 240]);
    for (let y = 425; y < 445; y++) for (let x = 110; x < 480; x++) if (x % 7 < 3) set(x, y, [20, 20, 20]);
    const { avatars } = findBlocks({ width, height, rgb });
    expect(avatars).toHaveLength(1);
    expect(Math.abs(avatars[0]!.x - (cx - r))).toBeLessThan(4);
    expect(Math.abs(avatars[0]!.y - (cy - r))).toBeLessThan(4);
  });
});

describe('layout of desktop pages (panes)', () => {
  it('parts a contact list from a chat whose wallpaper is patterned, and finds the bubbles on the pattern', async () => {
    // WhatsApp Desktop, 1366x768: a white contact list beside a beige pane with doodle lines, no divider drawn
    const img = await decodeImage('fixtures/blind18/b18-hk-lol-banned/Screenshot 2027-12-15 211920.png');
    const { blocks } = findBlocks(img);
    const chat = blocks.filter((b) => b.pane && b.pane.x > 400);
    const list = blocks.filter((b) => b.pane && b.pane.x < 100);
    expect(list.length).toBeGreaterThanOrEqual(2);
    // the shop's bubbles at the pane's left, the buyer's at its right, each a block of its own
    const bubbles = chat.filter((b) => b.solid && b.box.h < 100 && b.box.w > 200);
    expect(bubbles.length).toBeGreaterThanOrEqual(4);
    expect(bubbles.some((b) => b.box.x < 520)).toBe(true);
    expect(bubbles.some((b) => b.box.x + b.box.w > 1280)).toBe(true);
    // no block runs across both panes
    expect(blocks.every((b) => b.box.x >= 430 || b.box.x + b.box.w <= 440)).toBe(true);
  });

  it('parts a ticket from the side panel beside it on a gradient page', async () => {
    const img = await decodeImage('fixtures/blind16/b16-en-acg-used/Screenshot 2027-12-10 210815.png');
    const { blocks } = findBlocks(img);
    // under the site's top bar, the main card ends at x 940 and the side panel's cards start at 958
    expect(blocks.filter((b) => b.box.y > 50).every((b) => b.box.x + b.box.w <= 945 || b.box.x >= 940)).toBe(true);
    expect(blocks.filter((b) => b.box.x >= 940).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the text of a grey side panel apart from the ticket beside it on a white page', async () => {
    // a help-centre request, 1366x768: the side panel (#f6f7f8) starts at x 958, no line drawn
    const img = await decodeImage('fixtures/blind17/b17-en-vpn-dst-near/Screenshot 2027-10-03 211204.png');
    const { blocks } = findBlocks(img);
    expect(blocks.filter((b) => b.box.y > 180).every((b) => b.box.x + b.box.w <= 960 || b.box.x >= 955)).toBe(true);
  });
});

describe('layout of a screenshot framed in the page', () => {
  it('cuts a chat framed in a photo editor into its bubbles, though a mark drawn over its edge widened its box into the frame', async () => {
    // a 旺旺 chat inside an editor's dark frame (1080x2400 JPEG); a red arrow runs from the chat
    // over its right edge (x 936) into the black frame up to x 977
    const img = await decodeImage('fixtures/blind37/b37-editor-other-order/IMG_20280512_214210.jpg');
    const { blocks, avatars } = findBlocks(img);
    const inside = blocks.filter((b) => b.box.y > 264 && b.box.y < 2020 && b.box.x >= 144);
    // the buyer's orange bubbles and the shop's white ones, each a message of its own
    const bubbles = inside.filter((b) => b.box.h > 60 && b.box.h < 200);
    expect(bubbles.length).toBeGreaterThanOrEqual(5);
    expect(new Set(bubbles.map((b) => `${b.group.x},${b.group.y}`)).size).toBe(bubbles.length);
    // the sides stand against the framed page's edges (x 144 to 936), not the photo's
    for (const b of bubbles) expect(b.pane).toEqual(expect.objectContaining({ x: 144 }));
    // the round 买 and 淘 avatars at the framed page's edges are avatars, not text
    expect(avatars.filter((a) => a.x < 260).length).toBeGreaterThanOrEqual(2);
    expect(avatars.some((a) => a.x > 820 && a.x < 936)).toBe(true);
  });

  it('leaves a picture message inside a chat whole (its border is the picture, not a frame)', async () => {
    // a chat with a screenshot sent as a picture message (280x435 at x 629)
    const img = await decodeImage('fixtures/cases/ready-card-light/Screenshot_20261125-144118.png');
    const { blocks } = findBlocks(img);
    expect(blocks.some((b) => b.box.x === 629 && b.box.y === 823 && b.box.w === 280 && b.box.h === 435)).toBe(true);
  });

  it("cuts a chat sent as a picture into another chat into its bubbles, though the picture's thin border joins its rows", async () => {
    // WeChat's 文件传输助手 (720x1600 JPEG) holding a 旺旺 chat's screenshot at x 218 to 696 on the
    // same grey page: its left border (x 218, 2 px) is foreground on every row
    const img = await decodeImage('fixtures/blind43/b43-fwd-wx-card-expired/Screenshot_20280610_194012.jpg');
    const { blocks, avatars } = findBlocks(img);
    const inside = blocks.filter((b) => b.solid && b.box.y > 400 && b.box.y < 850);
    // the buyer's two green bubbles and the shop's three white ones, each a message of its own
    expect(inside.length).toBe(5);
    expect(new Set(inside.map((b) => `${b.group.x},${b.group.y}`)).size).toBe(5);
    // their sides stand against the picture's edges, not the page's
    for (const b of inside) expect(b.pane).toEqual(expect.objectContaining({ x: 220 }));
    expect(avatars.filter((a) => a.x > 620 && a.y > 400 && a.y < 500).length).toBe(2);
  });

  it('cuts a picture of a chat on a wallpaper inside the page showing past its rounded corners', async () => {
    // Telegram's Saved Messages (720x1600 JPEG, green wallpaper): a chat's screenshot at x 234 to 697
    const img = await decodeImage('fixtures/blind43/b43-hk-fwd-tg-partial/Screenshot_20280621-175840.jpg');
    const { blocks } = findBlocks(img);
    const inside = blocks.filter((b) => b.solid && b.box.y > 480 && b.box.y < 900);
    expect(inside.map((b) => b.bg[0]! > 200)).toEqual([false, true, true, false]);
    expect(new Set(inside.map((b) => `${b.group.x},${b.group.y}`)).size).toBe(4);
  });

  it('leaves a card with a border across the page whole', async () => {
    // an e-mail receipt in a bordered card (x 46 to 1034 of 1080): a card, not a picture on a side
    const img = await decodeImage('fixtures/blind13/b13-en-receipt-self-redeemed/Screenshot_20270907-134912.png');
    const { blocks } = findBlocks(img);
    expect(blocks.some((b) => b.box.x === 46 && b.box.y === 624 && b.box.w === 988 && b.box.h === 1197)).toBe(true);
  });
});

describe('reading order', () => {
  it("reads a desktop chat's bubbles down the page beside a tall icon rail, not column by column", async () => {
    // LINE for PC (1366x768): an icon rail down the left (x 19, 732 high), the contact list, then the
    // chat pane with the buyer's bubble at y 247 above the shop's at y 410 and 504
    const img = await decodeImage('fixtures/blind40/b40-tw-ecpay-ibon-nr/螢幕擷取畫面 2028-06-17 102031.png');
    const { blocks } = findBlocks(img);
    const chat = blocks.filter((b) => b.solid && b.box.x > 360 && b.box.h > 30 && b.box.y > 100);
    const ys = chat.map((b) => b.box.y);
    expect(ys.length).toBeGreaterThanOrEqual(4);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    // the contact list's rows come before the chat pane's
    const list = blocks.findIndex((b) => b.box.x === 118 && b.box.y === 165);
    expect(list).toBeGreaterThanOrEqual(0);
    expect(list).toBeLessThan(blocks.indexOf(chat[0]!));
  });
});
