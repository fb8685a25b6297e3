import { defineCheck } from './define.js';

/** The problems the reader reports, in Chinese; anything else is shown as it is. */
const ZH: [RegExp, string][] = [
  [/^file is empty/, '文件是空的 (0 字节)'],
  [/^file is larger than (\d+) MB/, '文件超过 $1 MB'],
  [/^no permission/, '没有读取权限'],
  [/^cannot read the file \((.+)\)/, '文件读不出来 ($1)'],
  [/^image data is truncated or corrupt/, '图片数据不完整或已损坏'],
  [/^not an image format/, '不是能读取的图片格式'],
  [/^image is too large/, '图片像素太多 (超过上限)'],
  [/^OCR took longer than (\d+) s/, '文字识别超过 $1 秒, 已放弃'],
  [/^file name is not valid UTF-8/, '文件名不是有效的 UTF-8, 请改名'],
  [/^broken symbolic link/, '符号链接指向的文件不存在'],
  [/^symbolic link points outside/, '符号链接指向案件文件夹以外, 不读取'],
  [/^folder nested deeper than (\d+) levels/, '文件夹嵌套超过 $1 层, 不读取'],
  [/^more than (\d+) evidence files/, '证据文件超过 $1 个, 其余不读取'],
  [/^folder cannot be read/, '文件夹无法读取'],
];

function inChinese(problem: string): string {
  for (const [re, zh] of ZH) {
    const m = re.exec(problem);
    if (m) return zh.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '');
  }
  return problem;
}

/** Below this mean OCR confidence the text of an image is not trusted. */
const MIN_CONFIDENCE = 55;

export default defineCheck({
  code: 'evidence-unreadable',
  severity: 'warning',
  messages: {
    broken: {
      message: { zh: '{file} 无法读取: {problemZh}', en: '{file} cannot be read: {problem}' },
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
  },
  evaluate(model, report) {
    for (const ev of model.evidence) {
      if (ev.unreadable) report('broken', { file: ev.file, data: { file: ev.file, problem: ev.unreadable, problemZh: inChinese(ev.unreadable) } });
      else if (ev.keptFraction !== undefined) report('partial', { file: ev.file, data: { file: ev.file, percent: Math.floor(100 * ev.keptFraction) } });
      else if (ev.source === 'image' && ev.lines.length === 0) report('blurry', { file: ev.file, data: { file: ev.file, confidence: 0 } });
      else if (ev.source === 'image' && ev.confidence < MIN_CONFIDENCE) {
        report('blurry', { file: ev.file, data: { file: ev.file, confidence: ev.confidence } });
      }
    }
  },
});
