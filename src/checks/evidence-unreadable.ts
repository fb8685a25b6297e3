import type { FileProblem } from '../types.js';
import { defineCheck, render, type Template } from './define.js';

/** Each problem the reader reports, in both languages; `{detail}` is the problem's detail. */
const PROBLEMS: Record<FileProblem['code'], Template> = {
  empty: { zh: '文件是空的 (0 字节)', en: 'file is empty (0 bytes)' },
  'too-big': { zh: '文件超过 {detail} MB', en: 'file is larger than {detail} MB' },
  'no-permission': { zh: '没有读取权限', en: 'no permission to read the file' },
  'read-failed': { zh: '文件读不出来 ({detail})', en: 'cannot read the file ({detail})' },
  truncated: { zh: '图片数据不完整或已损坏', en: 'image data is truncated or corrupt' },
  'not-image': { zh: '不是能读取的图片格式', en: 'not an image format that can be read' },
  'too-many-pixels': { zh: '图片像素太多 (超过上限)', en: 'image is too large (declared pixel count over the limit)' },
  undecodable: { zh: '图片无法解码 ({detail})', en: 'cannot decode image ({detail})' },
  'ocr-timeout': { zh: '文字识别超过 {detail} 秒, 已放弃', en: 'OCR took longer than {detail} s' },
  'bad-name': { zh: '文件名不是有效的 UTF-8, 请改名', en: 'file name is not valid UTF-8; rename the file' },
  'broken-link': { zh: '符号链接指向的文件不存在', en: 'broken symbolic link' },
  'link-outside': { zh: '符号链接指向案件文件夹以外, 不读取', en: 'symbolic link points outside the case folder; not read' },
  'too-deep': { zh: '文件夹嵌套超过 {detail} 层, 不读取', en: 'folder nested deeper than {detail} levels; not read' },
  'too-many-files': { zh: '证据文件超过 {detail} 个, 其余不读取', en: 'more than {detail} evidence files; the rest are not read' },
  'folder-unreadable': { zh: '文件夹无法读取', en: 'folder cannot be read' },
};

/** A problem in both languages, for message data. */
export function problemText(problem: FileProblem): Template {
  const data = { detail: problem.detail ?? '' };
  const spec = PROBLEMS[problem.code];
  return { zh: render(spec, 'zh', data), en: render(spec, 'en', data) };
}

/** Below this mean OCR confidence the text of an image is not trusted. */
const MIN_CONFIDENCE = 55;

export default defineCheck({
  code: 'evidence-unreadable',
  severity: 'warning',
  penalty: 6,
  capture: {
    zh: '重新截一张清晰的原图 (用手机截屏, 不要拍屏幕, 不要压缩或裁得太小), 文字要能看清。',
    en: 'Take a clear screenshot again (a real screenshot, not a photo of the screen, not compressed or cropped too small) so the text can be read.',
  },
  docs: {
    what: {
      zh: '某个证据文件读不出来（空文件、已损坏、不是图片、文件过大、链接失效、目录过深或文件过多），或图片只传了一部分，或图片里的文字识别不出、识别置信度过低。',
      en: 'An evidence file cannot be read (empty, corrupt, not an image, too large, a broken link, nested too deep or too many files), an image is cut short, or its text cannot be recognised or only with low confidence.',
    },
    why: {
      zh: '审核人员无法依据看不清的证据做判断；模糊、拍屏或被多次压缩的图片还可能被质疑真实性。',
      en: 'Reviewers cannot rely on evidence they cannot read, and blurry, photographed or repeatedly compressed images may be doubted as edited.',
    },
    fix: {
      zh: '用手机自带截屏功能重新截取原图，不要拍屏幕，也不要用经聊天软件转发压缩过的图，确认能完整打开后替换原文件；用不上的文件直接删掉。',
      en: 'Take the screenshot again with the phone\'s own screenshot function, not a photo of the screen and not a copy compressed by a messaging app, check that it opens whole, and replace the file; remove files you do not need.',
    },
  },
  messages: {
    broken: {
      message: { zh: '{file} 无法读取: {problem}', en: '{file} cannot be read: {problem}' },
      suggestion: {
        zh: '重新导出这张截图 (原图, 不要压缩或转发后的图), 或删掉它。',
        en: 'Export this screenshot again (the original, not a compressed or forwarded copy), or remove it.',
      },
    },
    partial: {
      message: {
        zh: '{file} 文件不完整 (传输中断?), 只读出了上面 {percent}%',
        en: '{file} is cut short (an interrupted transfer?): only the top {percent}% could be read',
      },
      suggestion: {
        zh: '从手机相册重新导出这张截图的原图, 确认能完整打开后再放进案件文件夹。',
        en: 'Export the original screenshot from the phone again and check that it opens whole before adding it to the case folder.',
      },
    },
    blurry: {
      message: { zh: '{file} 的文字识别不清 (置信度 {confidence})', en: 'The text of {file} cannot be read with confidence ({confidence})' },
      suggestion: {
        zh: '用手机自带截图功能重新截取原图, 不要拍屏幕, 不要用压缩过的图片。',
        en: 'Take the screenshot again with the phone itself (not a photo of the screen, not a compressed copy).',
      },
    },
    photo: {
      message: {
        zh: '{file} 是对着屏幕拍的照片, 拉正、补光后文字仍识别不清 (置信度 {confidence})',
        en: '{file} is a photo of a screen; even straightened and with its light evened out, its text cannot be read with confidence ({confidence})',
      },
      suggestion: {
        zh: '不要拍屏幕, 请直接截图: 电脑上用 Win+Shift+S (Mac: Cmd+Shift+4) 或 QQ/微信的截图功能, 手机上用系统截屏, 保存原图后替换这张照片。',
        en: 'Do not photograph the screen; take a screenshot instead (Win+Shift+S on Windows, Cmd+Shift+4 on a Mac, or the screenshot tool of QQ or WeChat; the phone\'s own screenshot on a phone), and replace the photo with it.',
      },
    },
  },
  evaluate(model, report) {
    for (const ev of model.evidence) {
      if (ev.unreadable) report('broken', { file: ev.file, data: { file: ev.file, problem: problemText(ev.unreadable) } });
      else if (ev.keptFraction !== undefined) report('partial', { file: ev.file, data: { file: ev.file, percent: Math.floor(100 * ev.keptFraction) } });
      else if (ev.source === 'image' && (ev.lines.length === 0 || ev.confidence < MIN_CONFIDENCE)) {
        // A photo of a screen is answered with what to do instead: a screenshot.
        report(ev.photo ? 'photo' : 'blurry', { file: ev.file, data: { file: ev.file, confidence: ev.lines.length === 0 ? 0 : ev.confidence } });
      }
    }
  },
});
