import { defineCheck } from './define.js';

/** Below this mean OCR confidence the text of an image is not trusted. */
const MIN_CONFIDENCE = 55;

export default defineCheck({
  code: 'evidence-unreadable',
  severity: 'warning',
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
  },
  evaluate(model, report) {
    for (const ev of model.evidence) {
      if (ev.unreadable) report('broken', { file: ev.file, data: { file: ev.file, problem: ev.unreadable } });
      else if (ev.keptFraction !== undefined) {
        report('partial', { file: ev.file, data: { file: ev.file, percent: Math.floor(100 * ev.keptFraction) } });
      }
      else if (ev.source === 'image' && ev.lines.length === 0) report('blurry', { file: ev.file, data: { file: ev.file, confidence: 0 } });
      else if (ev.source === 'image' && ev.confidence < MIN_CONFIDENCE) {
        report('blurry', { file: ev.file, data: { file: ev.file, confidence: ev.confidence } });
      }
    }
  },
});
