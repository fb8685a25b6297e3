import reasonMismatch from '../../src/checks/reason-mismatch.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

const report = (text: string) => ({ text, side: 'buyer' as const });

testCheck(reasonMismatch, {
  valid: [
    { name: 'a used code for card_invalid', evidence: [{ kind: 'error', lines: ['该卡密已被使用'] }] },
    { name: 'a used code also fits activation_failed', claim: { reason: 'activation_failed' }, evidence: [{ kind: 'error', lines: ['该卡密已被使用'] }] },
    { name: 'nothing said', evidence: [] },
    {
      name: 'a province refusing a code its title called 全国通用, the shop owning the listing was wrong (not as described)',
      claim: { reason: 'not_as_described' },
      evidence: [
        { kind: 'error', lines: ['该手机号所在区域不支持兑换'] },
        { kind: 'chat', lines: [report('商品标题写的全国通用,我是四川移动的号,兑换提示该手机号所在区域不支持兑换'), { text: '这一批兑换码只能兑换三个省的号码,标题写成全国通用是我们上架时写错了', side: 'merchant' as const }] },
      ],
    },
    {
      name: "the buyer's 'I wanted the Steam one' beside the shop owning it sent another edition than its page named",
      claim: { reason: 'not_as_described' },
      evidence: [
        { kind: 'chat', lines: [report('页面写的是Steam激活码,发过来的却是Epic的兑换码。我要的是 Steam 版。'), { text: '查了,这批是供应商给错的Epic版本,和页面上写的不一样。', side: 'merchant' as const }] },
      ],
    },
    { name: 'a wrong purchase, claimed as one', claim: { reason: 'wrong_purchase' }, evidence: [{ kind: 'chat', lines: [report('我买错了, 能取消吗')] }] },
    {
      name: 'a rejected code the buyer calls wrong, not their purchase',
      evidence: [
        { kind: 'error', lines: ['The code you entered is invalid'] },
        { kind: 'chat', lines: [report('I bought the key today and it says the code is wrong')] },
      ],
    },
    {
      name: 'a rejected code and the buyer only asking whether they bought the wrong one',
      evidence: [
        { kind: 'error', lines: ['卡密无效'] },
        { kind: 'chat', lines: [report('是不是我买错了? 页面写的就是这个')] },
      ],
    },
    {
      name: 'an account its former owner took back, claimed as not as described under the shop\'s 找回包赔',
      claim: { reason: 'not_as_described' },
      evidence: [
        { kind: 'error', lines: ['卖家已确认账号被之前的号主找回,同意按包赔规则赔付'] },
        { kind: 'chat', lines: [{ text: '联系上原来的号主了,这单按平台包赔赔你', side: 'merchant' as const }] },
      ],
    },
    {
      name: 'nothing arrived, and the buyer only asks whether they typed the wrong account',
      claim: { reason: 'not_received' },
      evidence: [{ kind: 'chat', lines: [report('Nothing has arrived on my account. Did I type the wrong UID?')] }],
    },
    {
      name: 'a used code the buyer only meant to use on another device (a plan, not a use)',
      claim: { reason: 'activation_failed' },
      evidence: [
        { kind: 'error', lines: ['激活码已被其他设备使用'] },
        { kind: 'chat', lines: [report('我本来想先激活在平板上, 结果一激活就提示已被其他设备使用')] },
      ],
    },
    {
      name: 'a region lock on a key listed as Global: the goods fail as listed, not the buyer',
      claim: { reason: 'activation_failed' },
      order: { product: 'Windows 11 Pro Retail Key (Global)' },
      evidence: [{ kind: 'error', lines: ['The activation server determined the specified product key has been blocked for this geographic location. Error code: 0xC004C017'] }],
    },
    {
      name: 'not as described, told in the chat, beside the failure that shows it',
      claim: { reason: 'not_as_described' },
      order: { product: 'Windows 11 Pro Retail Key - Global (works worldwide)' },
      evidence: [
        { kind: 'error', lines: ['Error code: 0xC004C017'] },
        { kind: 'chat', lines: [report('The key fails with 0xC004C017. Your offer says Global, works worldwide.')] },
      ],
    },
    {
      name: 'a rejected code and the buyer denying a wrong purchase',
      evidence: [
        { kind: 'error', lines: ['The code you entered may be incorrect or invalid'] },
        { kind: 'chat', lines: [report("It's not my mistake and not the wrong version: the Windows key I ordered is rejected")] },
      ],
    },
  ],
  invalid: [
    {
      name: 'the buyer admits a wrong purchase under card_invalid',
      evidence: [{ kind: 'chat', lines: [report('不好意思我拍错了, 想买的是50元的')] }],
      messageIds: ['mismatch'],
      expect: (f) => expect(f[0]!.data.otherId).toBe('wrong_purchase'),
    },
    {
      name: 'a rejected key the buyer says they bought by mistake (the Mac edition for Windows)',
      evidence: [
        { kind: 'error', lines: ['The code you entered may be incorrect or invalid'] },
        { kind: 'chat', lines: [report('I purchased the wrong version. I wanted the Windows version, but my mistake led to purchasing the Mac version.')] },
      ],
      messageIds: ['mismatch'],
      expect: (f) => expect(f[0]!.data.otherId).toBe('wrong_purchase'),
    },
    {
      name: 'a rejected code the buyer says they picked wrongly (选错面额)',
      evidence: [
        { kind: 'error', lines: ['卡密无效'] },
        { kind: 'chat', lines: [report('不好意思，我下单的时候选错了面额，这个卡密充不进去')] },
      ],
      messageIds: ['mismatch'],
      expect: (f) => expect(f[0]!.data.otherId).toBe('wrong_purchase'),
    },
    {
      name: 'a region lock where the listing named no region for all (the buyer chose the region)',
      claim: { reason: 'activation_failed' },
      order: { product: 'Windows 11 Pro Retail Key (EU)' },
      evidence: [{ kind: 'error', lines: ['Error code: 0xC004C017'] }],
      messageIds: ['buyer'],
    },
    {
      name: 'not as described in the buyer\'s words, but the listing named the region the key is locked to',
      claim: { reason: 'not_as_described' },
      order: { product: 'Steam《双人成行》激活码【锁国区】仅限中国大陆地区账号激活' },
      evidence: [
        { kind: 'error', lines: ['This product is not available in your region.'] },
        { kind: 'chat', lines: [report('我個帳號係香港區。即係貨不對辦,我要退款')] },
      ],
      messageIds: ['buyer'],
    },
    {
      name: 'an Epic code for a game the account already owns',
      evidence: [{ kind: 'error', lines: ['Redeem Code', 'Items already owned'] }],
      messageIds: ['buyer'],
      expect: (f) => expect(f[0]!.data.otherId).toBe('wrong_purchase'),
    },
    {
      name: 'nothing arrived because the buyer typed the account wrong, in their words',
      claim: { reason: 'not_received' },
      evidence: [{ kind: 'chat', lines: [report('Nothing has arrived on my account'), report('Oh no, I swapped two digits. Can you move them to my real one?')] }],
      messageIds: ['buyer'],
      expect: (f) => expect(f[0]!.data.otherId).toBe('wrong_purchase'),
    },
    {
      name: 'a code shown as used that the buyer says they activated on their own phone first',
      claim: { reason: 'activation_failed' },
      evidence: [
        { kind: 'error', lines: ['激活失败', '激活码已被其他设备使用'] },
        { kind: 'chat', lines: [report('对,昨晚我先激活在手机上了,今天想换到平板上用')] },
      ],
      messageIds: ['buyer'],
      expect: (f) => expect(f[0]!.data.otherId).toBe('wrong_purchase'),
    },
    {
      name: 'a used code the buyer redeemed on his second account, beside an after-sale page that only restates the claim (申请原因 卡密无效)',
      evidence: [
        { kind: 'error', lines: ['兑换失败', '此卡密已被兑换,不能重复使用'] },
        { kind: 'error', lines: ['审核不通过', '申请原因卡密无效'] },
        { kind: 'chat', lines: [report('27开头那个是我小号, 那我还是按卡密无效申请吧')] },
      ],
      messageIds: ['buyer'],
    },
    {
      name: "an Epic code used on the buyer's other account, in their words",
      evidence: [
        { kind: 'error', lines: ['We could not redeem this code.', 'Error code: errors.com.epicgames.coderedemption.code_used'] },
        { kind: 'chat', lines: [report('Oops, I already redeemed it on my other account last week')] },
      ],
      messageIds: ['buyer'],
    },
    {
      name: 'an activation failure under card_invalid',
      evidence: [{ kind: 'error', lines: ['激活失败, 无法激活此产品'] }],
      messageIds: ['mismatch'],
      expect: (f) => expect(f[0]!.data.otherId).toBe('activation_failed'),
    },
    {
      name: 'a used code under not_received',
      claim: { reason: 'not_received' },
      evidence: [{ kind: 'error', lines: ['该卡密已被使用'] }],
      messageIds: ['mismatch'],
      expect: (f) => expect(f[0]!.data.otherId).toBe('card_invalid'),
    },
    {
      name: 'nothing delivered under card_invalid',
      order: { delivered_at: undefined },
      evidence: [{ kind: 'order', lines: ['订单状态 待发货'] }],
      messageIds: ['mismatch'],
      expect: (f) => expect(f[0]!.data.otherId).toBe('not_received'),
    },
  ],
});
