import { describe, expect, it } from 'vitest';
import { clauseAt, findPhrase, hasWord } from '../../src/facts/match.js';
import { loadRules } from '../../src/rules/load.js';

const finds = (text: string, phrase: string): boolean => findPhrase(text, [phrase]) !== undefined;

describe('phrase matching', () => {
  it('reads traditional characters as their simplified forms, at the same index', () => {
    const lex = loadRules().lexicon;
    // a Taiwanese point-card shop's terms, and a buyer in Hong Kong
    expect(findPhrase('所有虛擬商品一經發送，恕不接受退換或取消。', lex.no_refund.absolute)).toBeDefined();
    expect(findPhrase('序號無效', ['序号…无效'])).toEqual({ phrase: '序号…无效', index: 0 });
    expect(findPhrase('您好，卡密已被使用', ['卡密…已被使用'])?.index).toBe(3);
  });

  it('finds English words that small text\'s OCR ran together, negation included, but not short phrases inside other words', () => {
    expect(finds('ClosetheticketandIsend themoney straighttoyourPayPaloraddmeonWhatsApp.', 'add me on…whatsapp')).toBe(true);
    expect(finds('Xbox wonttakeitltsaysthecodewasalreadyredeemed on anotheraccount', 'already redeemed')).toBe(true);
    expect(finds('Iwillnotreportyouthankyouforthehelpeveryone', 'report…you')).toBe(false);
    expect(finds('Thecodeworkedfineyesterdaythankseveryone', 'work')).toBe(false);
    // with its spaces read, a line is matched word by word as before
    expect(finds('the scampi was fine', 'scam')).toBe(false);
  });

  it('counts a number, date or time in a phrase\'s gap as one character, but not an error code of letters and digits', () => {
    expect(findPhrase('买家于2027-10-05 20:03确认收货', ['买家于…确认收货'])).toBeDefined();
    expect(findPhrase('买家于当天晚上在游戏里面查看之后很久才确认收货', ['买家于…确认收货'])).toBeUndefined();
    expect(findPhrase('错误代码: 0xC004F017 错误信息', ['代码…错误'])).toBeUndefined();
  });
  it('reads Cantonese characters as Mandarin ones: 唔 as 不, 冇 as 没', () => {
    expect(findPhrase('冇DLC就唔符合描述', ['不符合描述'])).toBeDefined();
    expect(findPhrase('到而家都冇收到', ['没收到'])).toBeDefined();
  });
  it('reads 不保证 and 无法保证 as negating what follows', () => {
    expect(findPhrase('本店不保证补发或退款', ['补发或退款'])).toBeUndefined();
    expect(findPhrase('本公司無法保證補發或退費', ['补发或退费'])).toBeUndefined();
    expect(findPhrase('本店保证补发或退款', ['补发或退款'])).toBeDefined();
  });

  it('lets a negation reach over a verb joined by "or"/"and", and over an object\'s article', () => {
    expect(finds('the code will not redeem or be used up.', 'used up')).toBe(false);
    expect(finds('the code is used up.', 'used up')).toBe(true);
    expect(finds('the customer will not receive any new code or refund', 'new code')).toBe(false);
    expect(finds('we are no longer obliged to offer a refund', 'offer…refund')).toBe(false);
    expect(finds('we offer a full refund', 'offer…refund')).toBe(true);
  });

  it('undoes a phrase negated inside its gap, but not by a relative clause', () => {
    expect(finds('Refunds will not be issued if you purchased the wrong key', 'refund…you')).toBe(false);
    expect(finds('We will refund you today', 'refund…you')).toBe(true);
    expect(finds('replace the key that is not working for free with a working one', 'replace…for free')).toBe(true);
    expect(finds('给你说了不退款', '给你…退款')).toBe(false);
    expect(finds('给你马上退款', '给你…退款')).toBe(true);
    // A phrase that is itself negative keeps its own negation.
    expect(finds('充值卡怎么都用不了', '用…不了')).toBe(true);
  });

  it('keeps a gap inside its sentence, and after a negation inside its clause', () => {
    expect(finds('若描述不符，可在7天内提交退款审核', '不…退款')).toBe(false);
    expect(finds('虚拟商品不支持退款', '不…退款')).toBe(true);
    expect(finds('卡密已发送。已被使用的请联系客服', '卡密…已被使用')).toBe(false);
    expect(finds('卡密充值提示已被使用', '卡密…已被使用')).toBe(true);
    expect(finds('a refund if a replacement is not possible', 'refund…not possible')).toBe(false);
    expect(finds('a refund is not possible', 'refund…not possible')).toBe(true);
  });

  it('reads what one is told to avoid as no refusal', () => {
    expect(finds('请在有效期限内申请，以免无法成功退款', '无法…退款')).toBe(false);
    expect(finds('超过期限无法退款', '无法…退款')).toBe(true);
  });

  it('reads English typed in a hurry: stress words, contractions without apostrophe, "recieve"', () => {
    expect(finds("I can't even activate it", "can't activate")).toBe(true);
    expect(finds('Still havent recieved my key', "haven't received")).toBe(true);
    expect(finds('it doesnt work', "doesn't work")).toBe(true);
  });

  it('lets an English gap hold a list of participles, but no other comma', () => {
    expect(finds('once delivered, it cannot be canceled, refunded, or exchanged', 'cannot…refund')).toBe(true);
    expect(finds('it cannot be canceled, but we refund', 'cannot…refund')).toBe(false);
  });

  it('reads a phrase with a manner adverb in it, but never drops a word that negates or restricts', () => {
    expect(finds('you will be directly refunded', 'will be refunded')).toBe(true);
    expect(finds('the key was automatically sent', 'key was sent')).toBe(true);
    expect(finds('you will hardly be refunded', 'will be refunded')).toBe(false);
    expect(finds('it will only be refunded', 'will be refunded')).toBe(false);
    // "apply" ends in -ly but is a verb
    expect(finds('please apply now', 'please now')).toBe(false);
  });

  it('lets the inner words of an English phrase take an ending: "replaced the key" is "replace the key"', () => {
    expect(finds('we replaced the key yesterday', 'replace the key')).toBe(true);
    expect(finds('he sends a new code', 'send a new')).toBe(true);
    expect(finds('the replacement key', 'replace the key')).toBe(false);
  });

  it('gives the clause a phrase was found in, and what comes before and after it', () => {
    const text = '验证码正确，卡密已被使用';
    expect(clauseAt(text, findPhrase(text, ['已被使用'])!)).toEqual({ clause: '卡密已被使用', lead: '卡密', before: '验证码正确，', after: '' });
    const en = 'Upload failed, please check your network';
    expect(clauseAt(en, findPhrase(en, ['check your network'])!).clause).toBe(' please check your network ');
  });
  it('reads 非 before a name as negating the whole noun, but not 非常 or 除非', () => {
    expect(finds('通过非拼多多官方渠道进行交易', '官方…渠道')).toBe(false);
    expect(finds('全部来自官方渠道', '官方…渠道')).toBe(true);
    expect(finds('非常正规，官方渠道', '官方…渠道')).toBe(true);
  });

  it('lets a negation reach over "legal obligation", and hedges stand for nothing', () => {
    expect(finds('we are under no legal obligation to refund you', 'refund you')).toBe(false);
    expect(finds('Refunds are not normally provided for buyer remorse', 'refunds…not provided')).toBe(true);
  });

  it('ends no English clause at a dot inside a name, and reads "allready" as already', () => {
    expect(finds('Refunds for products bought on cdkeyplus.com are possible', 'refunds…are possible')).toBe(true);
    expect(finds('Refunds for keys. They are possible elsewhere', 'refunds…are possible')).toBe(false);
    expect(finds('its allready been used', 'already been used')).toBe(true);
  });
  it('lets a warning reach to the end of its clause, a disbelieving tail warn of its clause, and a negation reach over 或', () => {
    expect(finds('平台禁止在私信中引导用户至微信或其他平台下单的私下交易行为', '私下交易')).toBe(false);
    expect(finds('私下交易更便宜，平台禁止的是刷单', '私下交易')).toBe(true);
    expect(finds('有人让您加微信退款请勿相信', '加微信')).toBe(false);
    expect(finds('加微信退款更快', '加微信')).toBe(true);
    expect(finds('不要轻易使用第三方支付或私下交易', '私下交易')).toBe(false);
    expect(finds('不要轻易使用第三方支付或私下交易', '第三方支付')).toBe(false);
  });
  it('reads a pretext named (以…为由) as not asserted', () => {
    expect(finds('平台也可能以“数据已发送”为由拒绝退款', '已…发送')).toBe(false);
    expect(finds('数据已发送，请查收', '已…发送')).toBe(true);
  });
});

describe('marker words', () => {
  it('finds a word with no negation rule, English as whole words, with the structure around it', () => {
    const lex = loadRules().lexicon;
    // A negation before a marker does not undo it, as it undoes a phrase.
    expect(finds('不是吗', '吗')).toBe(false);
    expect(hasWord('买错了不是吗', lex.question)).toBe(true);
    expect(hasWord("don't you see", lex.spoken)).toBe(true);
    expect(hasWord('this is fine', lex.spoken)).toBe(false);
    expect(hasWord('Do NOT allow the buyer to pay you directly', lex.payment_warning)).toBe(true);
    expect(hasWord('red flags', lex.payment_warning)).toBe(false);
    expect(hasWord('在吗?', lex.chat_particle, { after: /[?？!！,，。~～]?$/ })).toBe(true);
    expect(hasWord('吗不在', lex.chat_particle, { after: /[?？!！,，。~～]?$/ })).toBe(false);
    expect(hasWord('Are we being scammed here?', lex.scam_question, { after: /[^.!]*\?/ })).toBe(true);
    expect(hasWord('Are we being scammed. Tell me?', lex.scam_question, { after: /[^.!]*\?/ })).toBe(false);
    expect(hasWord('anything', [])).toBe(false);
  });
});
