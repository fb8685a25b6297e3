import errorCaptureMismatch from '../../src/checks/error-capture-mismatch.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

testCheck(errorCaptureMismatch, {
  valid: [
    { name: 'a used code for card_invalid', evidence: [{ kind: 'error', lines: ['充值失败', '该卡密已被使用'] }] },
    { name: 'an English expired code', evidence: [{ kind: 'error', lines: ['This code has expired.'] }] },
    { name: 'no error capture (error-capture-missing says so)', evidence: [{ kind: 'chat', lines: ['网络连接超时'] }] },
    { name: 'not_received needs no error capture, whatever it shows', claim: { reason: 'not_received' }, evidence: [{ kind: 'error', lines: ['网络连接超时'] }] },
    { name: 'activation_failed: an activation error', claim: { reason: 'activation_failed' }, evidence: [{ kind: 'error', lines: ['激活失败: 超过激活次数上限'] }] },
    {
      name: 'a used code the buyer says he used on his second account still fits as a capture (reason-mismatch tells the rest)',
      evidence: [
        { kind: 'error', lines: ['此卡密已被兑换,不能重复使用'] },
        { kind: 'chat', lines: [{ text: '27开头那个是我小号', side: 'buyer' }] },
      ],
    },
    {
      name: 'one fitting failure among several captures is enough',
      evidence: [
        { kind: 'error', lines: ['网络连接超时'] },
        { kind: 'error', lines: ['卡号或密码错误'] },
      ],
    },
  ],
  invalid: [
    {
      name: 'a network timeout is not a bad code',
      evidence: [{ kind: 'error', file: 'error.png', lines: ['网络连接超时, 请稍后重试'] }],
      messageIds: ['other'],
      expect: (f) => {
        expect(f[0]!.data.shown).toMatchObject({ en: 'a network timeout (not a fault of the code)' });
        expect(f[0]!.data.reason).toMatchObject({ en: 'invalid card code' });
        expect(f[0]!.file).toBe('error.png');
      },
    },
    {
      name: 'an English maintenance notice under activation_failed',
      claim: { reason: 'activation_failed' },
      evidence: [{ kind: 'error', lines: ['Service unavailable, please try again later'] }],
      messageIds: ['other'],
      expect: (f) => expect(f[0]!.data.shown).toMatchObject({ en: 'maintenance (not a fault of the code)' }),
    },
    {
      name: 'the chat naming a used code does not make a network error fit',
      evidence: [
        { kind: 'error', lines: ['网络异常'] },
        { kind: 'chat', lines: [{ text: '卡密已被使用', side: 'buyer' }] },
      ],
      messageIds: ['other'],
    },
    {
      name: 'a capture with no failure text in it',
      evidence: [{ kind: 'error', lines: ['充值中心', '请输入16位卡密'] }],
      messageIds: ['unclear'],
      expect: (f) => expect(f[0]!.data.text).toBe('充值中心 请输入16位卡密'),
    },
    {
      name: "a redeem form's picture captcha mistyped: its failure line is quoted, not the whole form",
      evidence: [{ kind: 'error', lines: ['天极一卡通·充值', '卡号********5517', '验证码 x7Kp', '立即充值', '图片验证码错误,请重新输入'] }],
      messageIds: ['unclear'],
      expect: (f) => expect(f[0]!.data.text).toBe('图片验证码错误,请重新输入'),
    },
    {
      name: '"没有问题" on a capture is no failure',
      evidence: [{ kind: 'error', lines: ['检测完成, 没有问题'] }],
      messageIds: ['unclear'],
    },
    {
      // A frozen card is a bad card.
      name: '"此卡已被冻结" is a card failure',
      evidence: [{ kind: 'error', lines: ['此卡已被冻结'] }],
      messageIds: [],
    },
  ],
});
