/**
 * The HTML report: one self-contained file (inline CSS, screenshots as data: URIs, no
 * script, no network), readable without JavaScript and on a phone.
 */
import type { CaseResult, EvidenceSummary, Finding, RunResult, TimelineEvent } from '../result/types.js';
import { loadRules } from '../rules/load.js';
import type { Verdict } from '../score.js';
import type { Lang } from '../types.js';
import { money } from '../money.js';
import { captureNext, refundRequest, whatToFix } from './draft.js';
import { checkOf } from '../checks/index.js';
import { imageKey, type FormatOptions } from './options.js';
import { caseTime, deadlineText, firstFinding, severityName, summaryText, timeLeftText, VERDICTS } from './present.js';

const WORDS = {
  zh: {
    htmlLang: 'zh-CN',
    title: 'refund-check 报告',
    verdict: { ready: '可以提交', weak: '证据偏弱', 'not-ready': '暂不建议提交' } as Record<Verdict, string>,
    all: '全部',
    filter: '按结论筛选',
    head: ['案件', '结论', '得分', '剩余时间', '首个问题'],
    score: '得分',
    asOf: (t: string) => `(按 ${t} 计算)`,
    timeline: '证据链',
    events: {
      paid: '付款',
      delivered: '发货',
      failure: '发现问题 (报错)',
      reported: '向商家反馈',
      replied: '商家回复',
      filed: '提交申请',
    } as Record<TimelineEvent, string>,
    noTime: '时间未知',
    notYet: '无记录',
    see: '查看',
    findings: '问题与建议',
    none: '没有发现问题。',
    fix: '建议',
    capture: '接下来要补的证据',
    request: '退款申请说明',
    copyHint: '复制下面的文字, 粘贴到平台的退款申请里; 附上下方的截图。',
    check: '（请核对）',
    fixFirst: '暂不建议提交。先处理这些问题:',
    draftLater: '申请说明草稿 (处理完上面的问题再用)',
    order: '订单',
    orderFields: { order_id: '订单号', product: '商品', amount: '实付金额', asked: '申请金额', paid_at: '付款时间', delivered_at: '发货时间', merchant: '店铺' },
    evidence: '证据',
    kinds: { order: '订单', chat: '聊天', error: '报错', policy: '售后说明', other: '其他' },
    confidence: (n: number) => `识别置信度 ${n}%`,
    zoom: '查看原图大小',
    legend: '绿框: 支持你的申请; 红框: 对申请不利; 卡密、手机号等已在图中打码。',
    unreadable: '无法读取这张图片',
    textFile: '文本记录',
    noEvidence: '没有读取到证据文件。',
    footer: (v: string) => `refund-check ${v} 离线生成。本报告只包含案件里的文件, 卡密和手机号已打码。`,
    top: '回到顶部',
  },
  en: {
    htmlLang: 'en',
    title: 'refund-check report',
    verdict: { ready: 'Ready', weak: 'Weak', 'not-ready': 'Not ready' } as Record<Verdict, string>,
    all: 'All',
    filter: 'Filter by verdict',
    head: ['Case', 'Verdict', 'Score', 'Time left', 'First finding'],
    score: 'Score',
    asOf: (t: string) => `(as of ${t})`,
    timeline: 'Evidence chain',
    events: {
      paid: 'Paid',
      delivered: 'Delivered',
      failure: 'Failure seen',
      reported: 'Reported to the shop',
      replied: 'Shop replied',
      filed: 'Filing',
    } as Record<TimelineEvent, string>,
    noTime: 'time unknown',
    notYet: 'no record',
    see: 'see',
    findings: 'Findings',
    none: 'No problems found.',
    fix: 'Fix',
    capture: 'What to capture next',
    request: 'Refund request',
    copyHint: "Copy the text below into the platform's refund form and attach the screenshots below.",
    check: ' (please check)',
    fixFirst: 'Not ready to file yet. Fix these first:',
    draftLater: 'Draft request (use it once the problems above are fixed)',
    order: 'Order',
    orderFields: { order_id: 'Order number', product: 'Product', amount: 'Amount paid', asked: 'Amount asked', paid_at: 'Paid', delivered_at: 'Delivered', merchant: 'Shop' },
    evidence: 'Evidence',
    kinds: { order: 'order', chat: 'chat', error: 'error', policy: 'terms', other: 'other' },
    confidence: (n: number) => `OCR confidence ${n}%`,
    zoom: 'Full size',
    legend: 'Green: supports your claim; red: hurts it. Card codes and phone numbers are blurred in the pictures.',
    unreadable: 'This image cannot be read',
    textFile: 'text record',
    noEvidence: 'No evidence file was read.',
    footer: (v: string) => `Made offline by refund-check ${v}. The report holds only the case's own files, with card codes and phone numbers blurred.`,
    top: 'Back to top',
  },
} as const;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

/** Short alias for templates. */
const h = escapeHtml;

/**
 * The HTML report of a run. The screenshots come annotated (boxes drawn, secrets
 * blurred, scaled) in `options.images`: see `annotateRun`.
 */
export function formatHtml(run: RunResult, options: FormatOptions): string {
  const { cases, summary } = run;
  const w = WORDS[options.lang];
  const batch = cases.length > 1;
  const articles = cases.map((c, i) => caseHtml(c, i + 1, options));
  const filters = batch
    ? [
        `<input type="radio" name="vf" id="vf-all" class="vf" checked>`,
        ...VERDICTS.map((v) => `<input type="radio" name="vf" id="vf-${v}" class="vf">`),
      ].join('\n')
    : '';
  const count = { ready: summary.ready, weak: summary.weak, 'not-ready': summary.not_ready } as Record<Verdict, number>;
  const header = [
    `<header class="top" id="top">`,
    `<h1>${h(w.title)}</h1>`,
    `<p class="summary">${h(summaryText(summary, options.lang))}</p>`,
  ];
  if (batch) {
    header.push(
      `<nav class="filters" aria-label="${h(w.filter)}">`,
      `<label for="vf-all" class="pill pill-all">${h(w.all)} <b>${cases.length}</b></label>`,
      ...VERDICTS.map((v) => `<label for="vf-${v}" class="pill pill-${v}">${h(w.verdict[v])} <b>${count[v]}</b></label>`),
      `</nav>`,
      indexTable(cases, options.lang),
    );
  }
  header.push(`</header>`);
  return `<!doctype html>
<html lang="${w.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${h(w.title)}</title>
<style>${CSS}</style>
</head>
<body>
${filters}
${header.join('\n')}
<main>
${articles.join('\n')}
</main>
<footer class="foot"><p>${h(w.footer(options.version ?? ''))}</p></footer>
</body>
</html>
`;
}

function indexTable(cases: CaseResult[], lang: Lang): string {
  const w = WORDS[lang];
  const rows = cases.map((c, i) => {
    const first = firstFinding(c);
    return [
      `<tr class="row v-${c.verdict}">`,
      `<td data-label="${h(w.head[0]!)}"><a href="#case-${i + 1}">${breakable(c.path)}</a></td>`,
      `<td data-label="${h(w.head[1]!)}"><span class="tag tag-${c.verdict}">${h(w.verdict[c.verdict])}</span></td>`,
      `<td data-label="${h(w.head[2]!)}" class="num">${c.score}</td>`,
      `<td data-label="${h(w.head[3]!)}" class="left">${h(timeLeftText(c, lang))}</td>`,
      `<td data-label="${h(w.head[4]!)}">${first ? `<code>${h(first.code)}</code> ${h(first.message)}` : ''}</td>`,
      `</tr>`,
    ].join('');
  });
  return `<div class="index-wrap"><table class="index"><thead><tr>${w.head.map((t) => `<th>${h(t)}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

/** What a finding code means and how to fix it, from its check's docs (the report stays offline: no link). */
function docsOf(code: string, lang: Lang): string {
  const docs = checkOf(code)?.docs;
  return docs ? `${docs.what[lang]} ${docs.fix[lang]}` : code;
}

/** The case folder's own name: the last part of its path. */
function caseName(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() || path;
}

/** A path that may wrap after its slashes, not inside a folder name. */
function breakable(path: string): string {
  return path.split('/').map(h).join('/<wbr>');
}

function caseHtml(c: CaseResult, n: number, options: FormatOptions): string {
  const lang = options.lang;
  const w = WORDS[lang];
  const id = `case-${n}`;
  const evidenceId = new Map(c.evidence.map((e, i) => [e.file, `${id}-ev-${i + 1}`]));
  const findingId = new Map(c.findings.map((f, i) => [f, `${id}-f-${i + 1}`]));
  const orderFile = c.order.file;
  const linkTo = (file: string | null): string | null => {
    if (!file) return null;
    const ev = evidenceId.get(file);
    if (ev) return ev;
    return file === orderFile ? `${id}-order` : null;
  };

  const filed = c.timeline.find((t) => t.event === 'filed')?.at;
  const parts: string[] = [];
  parts.push(`<article class="case v-${c.verdict}" id="${id}" data-path="${h(c.path)}">`);
  parts.push(
    `<div class="banner banner-${c.verdict}">`,
    `<h2 title="${h(c.path)}">${h(caseName(c.path))}</h2>`,
    c.path.includes('/') ? `<p class="casepath">${breakable(c.path)}</p>` : '',
    `<p class="verdict"><span class="tag tag-${c.verdict}">${h(w.verdict[c.verdict])}</span> <span class="score">${h(w.score)} <b>${c.score}</b>/100</span></p>`,
    `<div class="meter" aria-hidden="true"><span style="width:${c.score}%"></span></div>`,
    `<p class="deadline deadline-${c.deadline.status}">${h(deadlineText(c, lang))}${filed && c.deadline.status !== 'unknown' ? ` <small>${h(w.asOf(caseTime(c, filed, lang)))}</small>` : ''}</p>`,
    `</div>`,
  );

  // The chain in time order, each step linked to its screenshot.
  if (c.timeline.length > 0) {
    const quoteOf: Partial<Record<TimelineEvent, string | undefined>> = { failure: c.quotes.error, reported: c.quotes.report, replied: c.quotes.reply };
    // A quote read with doubt says so, as in the request.
    const unsureOf: Partial<Record<TimelineEvent, boolean | undefined>> = { failure: c.unsure?.error, reported: c.unsure?.report, replied: c.unsure?.reply };
    const steps = c.timeline.map((t) => {
      const target = linkTo(t.file);
      const time = t.at ? caseTime(c, t.at, lang) : t.event === 'delivered' ? w.notYet : w.noTime;
      const quote = quoteOf[t.event];
      const label = `<span class="step">${h(w.events[t.event])}</span> <time>${h(time)}</time>`;
      const body = target ? `<a href="#${target}">${label}</a>` : label;
      const file = t.file ? ` <span class="file">${target ? `<a href="#${target}">${h(t.file)}</a>` : h(t.file)}</span>` : '';
      return `<li class="ev-${t.event}${t.at ? '' : ' missing'}">${body}${file}${quote ? `<q>${h(quote)}</q>${unsureOf[t.event] ? `<small class="check">${h(w.check)}</small>` : ''}` : ''}</li>`;
    });
    parts.push(`<section><h3>${h(w.timeline)}</h3><ol class="timeline">${steps.join('')}</ol></section>`);
  }

  parts.push(`<section><h3>${h(w.findings)}</h3>${findingsHtml(c.findings, findingId, linkTo, lang)}</section>`);

  const capture = captureNext(c, lang, options.rules);
  if (capture.length > 0) {
    parts.push(`<section class="capture"><h3>${h(w.capture)}</h3><ul>${capture.map((item) => `<li data-code="${h(item.code)}">${h(item.text)}</li>`).join('')}</ul></section>`);
  }

  parts.push(requestHtml(c, options));
  parts.push(orderHtml(c, `${id}-order`, lang));

  const figures = c.evidence.map((e, i) => figureHtml(c, e, `${id}-ev-${i + 1}`, n, findingId, options));
  parts.push(
    `<section><h3>${h(w.evidence)}</h3>`,
    figures.length > 0 ? `<p class="legend">${h(w.legend)}</p><div class="shots">${figures.join('\n')}</div>` : `<p>${h(w.noEvidence)}</p>`,
    `</section>`,
  );
  parts.push(`<p class="totop"><a href="#top">${h(w.top)}</a></p>`, `</article>`);
  return parts.join('\n');
}

function findingsHtml(findings: Finding[], ids: Map<Finding, string>, linkTo: (file: string | null) => string | null, lang: Lang): string {
  const w = WORDS[lang];
  if (findings.length === 0) return `<p class="ok">${h(w.none)}</p>`;
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const items = [...findings]
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .map((f) => {
      const target = linkTo(f.file);
      const file = f.file ? ` <span class="file">${target ? `<a href="#${target}">${h(f.file)}</a>` : h(f.file)}</span>` : '';
      return [
        `<li class="finding sev-${f.severity}" id="${ids.get(f) ?? ''}" data-code="${h(f.code)}">`,
        `<p><span class="sev">${h(severityName(f.severity, lang))}</span> ${h(f.message)}${file} <code title="${h(docsOf(f.code, lang))}">${h(f.code)}</code></p>`,
        `<p class="fix"><b>${h(w.fix)}:</b> ${h(f.suggestion)}</p>`,
        `</li>`,
      ].join('');
    });
  return `<ul class="findings">${items.join('')}</ul>`;
}

function requestHtml(c: CaseResult, options: FormatOptions): string {
  const w = WORDS[options.lang];
  const text = refundRequest(c, { lang: options.lang, rules: options.rules ?? loadRules() });
  const fixes = whatToFix(c);
  const out = [`<section class="request"><h3>${h(w.request)}</h3>`];
  if (c.verdict === 'not-ready') {
    out.push(`<p class="fixfirst">${h(w.fixFirst)}</p>`, `<ol class="fixes">${fixes.map((f) => `<li>${h(f.suggestion)} <code>${h(f.code)}</code></li>`).join('')}</ol>`);
    out.push(`<details><summary>${h(w.draftLater)}</summary><pre class="draft">${h(text)}</pre></details>`);
  } else {
    out.push(`<p class="hint">${h(w.copyHint)}</p>`, `<pre class="draft">${h(text)}</pre>`);
  }
  out.push(`</section>`);
  return out.join('');
}

function orderHtml(c: CaseResult, id: string, lang: Lang): string {
  const w = WORDS[lang];
  const f = w.orderFields;
  const o = c.order;
  const time = (at: Date | null): string | null => (at ? caseTime(c, at, lang) : null);
  const rows: [string, string | null][] = [
    [f.order_id, o.orderId && `${o.orderId}${c.unsure?.orderId ? w.check : ''}`],
    [f.product, o.product && `${o.product}${c.unsure?.product ? w.check : ''}`],
    [f.merchant, o.merchant],
    [f.amount, o.amount !== null ? money(o.amount, o.currency) : null],
    [f.asked, c.asked !== null && c.asked !== o.amount ? money(c.asked, o.currency) : null],
    [f.paid_at, time(o.paidAt)],
    [f.delivered_at, time(o.deliveredAt)],
  ];
  const shown = rows.filter((r): r is [string, string] => r[1] !== null);
  if (shown.length === 0) return `<section id="${id}"></section>`;
  return `<section class="order" id="${id}"><h3>${h(w.order)}</h3><dl>${shown.map(([k, v]) => `<div><dt>${h(k)}</dt><dd>${h(v)}</dd></div>`).join('')}</dl></section>`;
}

function figureHtml(c: CaseResult, e: EvidenceSummary, id: string, caseNo: number, findingId: Map<Finding, string>, options: FormatOptions): string {
  const w = WORDS[options.lang];
  const image = e.width && e.height ? options.images?.get(imageKey(caseNo - 1, e.file)) : undefined;
  const isImage = image !== undefined;
  // A split screen shows each app window's kind, top to bottom or left to right.
  const kinds = (e.windows?.map((x) => x.kind) ?? [e.kind]).map((k) => `<span class="kind kind-${k}">${h(w.kinds[k])}</span>`).join(' ');
  const caption = `<figcaption>${kinds} <span class="file">${h(e.file)}</span>${isImage && e.confidence > 0 ? ` <small>${h(w.confidence(e.confidence))}</small>` : ''}</figcaption>`;
  if (!isImage) {
    // The lines the checks quoted from a text export (already masked).
    const quoted = ['problem_reports', 'merchant_replies', 'promises', 'delivery_promises', 'refund_terms', 'cancel_request', 'wrong_purchase', 'private_channel', 'threats'];
    const lines = quoted.flatMap((k) => {
      const v = e.facts[k];
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    });
    const body = e.width === undefined && e.confidence === 100 ? `<p class="textfile">${h(w.textFile)}</p>${lines.length > 0 ? `<ul class="lines">${[...new Set(lines)].map((l) => `<li>${h(l)}</li>`).join('')}</ul>` : ''}` : `<p class="noimg">${h(w.unreadable)}</p>`;
    return `<figure id="${id}" class="shot shot-text">${caption}${body}</figure>`;
  }
  const iw = e.width ?? image.sourceWidth;
  const ih = e.height ?? image.sourceHeight;
  const pct = (v: number, of: number): string => `${((v / of) * 100).toFixed(3)}%`;
  const boxes = e.highlights
    .filter((m) => m.tone === 'hurt')
    .map((m) => {
      const finding = m.finding === undefined ? undefined : c.findings[m.finding];
      const target = finding ? findingId.get(finding) : undefined;
      const title = finding ? finding.message : m.label;
      const style = `left:${pct(m.box.x, iw)};top:${pct(m.box.y, ih)};width:${pct(m.box.w, iw)};height:${pct(m.box.h, ih)}`;
      const data = `data-case="${caseNo}" data-file="${h(e.file)}" data-code="${h(m.label)}" data-x="${m.box.x}" data-y="${m.box.y}" data-w="${m.box.w}" data-h="${m.box.h}"`;
      return `<a class="box hurt" ${data} style="${style}" title="${h(title)}"${target ? ` href="#${target}"` : ''}><span>${h(m.label)}</span></a>`;
    });
  return [
    `<figure id="${id}" class="shot">`,
    caption,
    // Full size one click away, without JavaScript: a checkbox widens the frame to the image's own width.
    `<input type="checkbox" class="zoom" id="${id}-zoom">`,
    `<label class="zoomlink" for="${id}-zoom">${h(w.zoom)}</label>`,
    `<div class="scroll"><div class="frame" data-iw="${iw}" data-ih="${ih}" style="--w:${image.width}px">`,
    `<img src="${image.dataUri}" width="${image.width}" height="${image.height}" alt="${h(e.file)}">`,
    ...boxes,
    `</div></div></figure>`,
  ].join('');
}

const CSS = `
:root{color-scheme:light;--ready:#15803d;--ready-bg:#dcfce7;--weak:#b45309;--weak-bg:#fef3c7;--bad:#b91c1c;--bad-bg:#fee2e2;--ink:#1f2937;--mute:#6b7280;--line:#e5e7eb;--card:#fff;--page:#f3f4f6;--link:#1d4ed8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:980px;padding:12px;background:var(--page);color:var(--ink);font:15px/1.6 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;overflow-wrap:anywhere}
a{color:var(--link)}
h1{font-size:1.5rem;margin:.2em 0}
h2{font-size:1.15rem;margin:0}
h3{font-size:1rem;margin:1.2em 0 .5em;padding-bottom:.2em;border-bottom:1px solid var(--line)}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f3f4f6;border-radius:4px;padding:1px 4px;color:#374151;white-space:nowrap}
.top{background:var(--card);border-radius:12px;padding:14px 16px;margin-bottom:14px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.summary{margin:.2em 0 .6em;color:var(--mute)}
.vf{position:absolute;opacity:0;pointer-events:none}
.filters{display:flex;flex-wrap:wrap;gap:6px;margin:.4em 0 .8em}
.pill{cursor:pointer;border:1px solid var(--line);border-radius:999px;padding:3px 12px;background:#fff;user-select:none}
.pill b{font-weight:600;color:var(--mute)}
#vf-all:checked~.top .pill-all,#vf-ready:checked~.top .pill-ready,#vf-weak:checked~.top .pill-weak,#vf-not-ready:checked~.top .pill-not-ready{background:var(--ink);color:#fff;border-color:var(--ink)}
#vf-all:checked~.top .pill-all b,#vf-ready:checked~.top .pill-ready b,#vf-weak:checked~.top .pill-weak b,#vf-not-ready:checked~.top .pill-not-ready b{color:#fff}
.vf:focus-visible~.top .filters{outline:2px solid var(--link);outline-offset:4px;border-radius:8px}
#vf-ready:checked~.top .row:not(.v-ready),#vf-ready:checked~main .case:not(.v-ready),
#vf-weak:checked~.top .row:not(.v-weak),#vf-weak:checked~main .case:not(.v-weak),
#vf-not-ready:checked~.top .row:not(.v-not-ready),#vf-not-ready:checked~main .case:not(.v-not-ready){display:none}
.index-wrap{overflow-x:auto}
.index{border-collapse:collapse;width:100%;font-size:14px}
.index th,.index td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}
.index th{font-weight:600;color:var(--mute);white-space:nowrap}
.index .num{text-align:right;font-variant-numeric:tabular-nums}
.index .left{white-space:nowrap}
.index td:first-child,h2{overflow-wrap:normal;word-break:normal}
.index td:first-child{white-space:nowrap}
.tag{display:inline-block;border-radius:6px;padding:0 8px;font-weight:600;white-space:nowrap}
.tag-ready{background:var(--ready-bg);color:var(--ready)}
.tag-weak{background:var(--weak-bg);color:var(--weak)}
.tag-not-ready{background:var(--bad-bg);color:var(--bad)}
.case{background:var(--card);border-radius:12px;margin:0 0 18px;padding:0 16px 8px;box-shadow:0 1px 2px rgba(0,0,0,.06);overflow:hidden}
.case:target{box-shadow:0 0 0 3px var(--link)}
.banner{margin:0 -16px;padding:12px 16px;border-left:8px solid}
.banner-ready{background:var(--ready-bg);border-color:var(--ready)}
.banner-weak{background:var(--weak-bg);border-color:var(--weak)}
.banner-not-ready{background:var(--bad-bg);border-color:var(--bad)}
.banner .tag{background:#fff}
.verdict{margin:.3em 0}
.score b{font-size:1.25rem}
.meter{height:6px;background:rgba(0,0,0,.08);border-radius:3px;max-width:320px}
.meter span{display:block;height:100%;border-radius:3px;background:currentColor}
.banner-ready .meter{color:var(--ready)}.banner-weak .meter{color:var(--weak)}.banner-not-ready .meter{color:var(--bad)}
.deadline{margin:.4em 0 0;font-weight:600}
.deadline small{font-weight:400;color:var(--mute)}
.deadline-near,.deadline-passed{color:var(--bad)}
.timeline{list-style:none;margin:0;padding:0 0 0 18px;border-left:2px solid var(--line)}
.timeline li{position:relative;margin:0 0 10px;padding-left:6px}
.timeline li::before{content:"";position:absolute;left:-25px;top:.45em;width:10px;height:10px;border-radius:50%;background:var(--link);border:2px solid #fff;box-shadow:0 0 0 1px var(--link)}
.timeline li.missing::before{background:#fff;box-shadow:0 0 0 1px var(--mute)}
.timeline .step{font-weight:600}
.timeline time{font-variant-numeric:tabular-nums;color:var(--ink)}
.timeline .file,.finding .file{color:var(--mute);font-size:13px}
.timeline q{display:block;color:#374151;background:#f9fafb;border-left:3px solid var(--line);padding:2px 8px;margin-top:2px}
.findings{list-style:none;padding:0;margin:0}
.finding{border-left:4px solid var(--line);padding:4px 10px;margin:0 0 8px;background:#fafafa;border-radius:0 6px 6px 0}
.finding p{margin:0}
.finding .fix{color:#374151;font-size:14px}
.sev-error{border-color:var(--bad)}.sev-warning{border-color:#f59e0b}.sev-info{border-color:#60a5fa}
.sev{font-weight:700;margin-right:2px}
.sev-error .sev{color:var(--bad)}.sev-warning .sev{color:var(--weak)}.sev-info .sev{color:#2563eb}
.finding:target{background:#eff6ff}
.ok{color:var(--ready);font-weight:600}
.capture ul{margin:0;padding-left:1.3em}
.capture li{margin-bottom:4px}
.request .hint{color:var(--mute);margin:0 0 6px}
.draft{white-space:pre-wrap;background:#f9fafb;border:1px solid var(--line);border-radius:8px;padding:10px 12px;font-family:inherit;font-size:14px;line-height:1.7;margin:0}
.fixfirst{color:var(--bad);font-weight:600;margin:0}
.fixes{margin:.3em 0 .6em;padding-left:1.4em}
details summary{cursor:pointer;color:var(--link);margin:.3em 0}
.order dl{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:4px 16px;margin:0}
.order dl div{display:flex;gap:8px;border-bottom:1px dashed var(--line);padding:2px 0}
.order dt{color:var(--mute);white-space:nowrap}
.order dd{margin:0;font-weight:600;word-break:break-all}
.order:target{background:#eff6ff}
.legend{color:var(--mute);font-size:13px;margin:0 0 8px}
.shots{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:14px;align-items:start}
.shot{margin:0;border:1px solid var(--line);border-radius:8px;padding:6px;background:#fff}
.shot:target{outline:3px solid var(--link);outline-offset:2px}
figcaption{font-size:13px;margin-bottom:4px;word-break:break-all}
figcaption small{white-space:nowrap;color:var(--mute)}
.kind{display:inline-block;border-radius:4px;padding:0 6px;background:#eef2ff;color:#3730a3;font-weight:600}
.kind-error{background:var(--bad-bg);color:var(--bad)}.kind-chat{background:#e0f2fe;color:#075985}.kind-order{background:#f3e8ff;color:#6b21a8}
.frame{position:relative;line-height:0}
.zoom{position:absolute;opacity:0;pointer-events:none}
.zoomlink{display:inline-block;font-size:13px;color:var(--link);cursor:pointer;margin:0 0 4px;text-decoration:underline}
.zoom:focus-visible+.zoomlink{outline:2px solid var(--link)}
.scroll{overflow-x:auto}
.zoom:checked~.scroll .frame{width:var(--w);max-width:none}
.casepath{margin:0;color:var(--mute);font-size:12px}
.frame img{display:block;width:100%;height:auto;border-radius:4px}
.box{position:absolute;display:block;border-radius:3px;text-decoration:none}
.box span{position:absolute;left:0;bottom:100%;font:600 11px/1.4 system-ui,sans-serif;background:#dc2626;color:#fff;padding:0 4px;border-radius:3px 3px 3px 0;white-space:nowrap;display:none}
.box:hover,.box:focus{background:rgba(220,38,38,.15)}
.box:hover span,.box:focus span{display:block}
.noimg,.textfile{color:var(--mute);font-style:italic}
.lines{font-size:13px;padding-left:1.2em;margin:0}
.totop{text-align:right;font-size:13px;margin:8px 0 0}
.foot{color:var(--mute);font-size:12px;text-align:center;padding:8px}
@media (max-width:640px){
body{padding:6px;font-size:14px}
.case{padding:0 10px 6px}.banner{margin:0 -10px;padding:10px}
.index thead{display:none}
.index tr{display:block;border-bottom:1px solid var(--line);padding:6px 0}
.index td{display:block;border:0;padding:1px 4px}
.index td::before{content:attr(data-label);color:var(--mute);display:inline-block;min-width:5em}
.index td:empty{display:none}
.index .num{text-align:left}
.shots{grid-template-columns:1fr}
}
@media print{.vf,.filters{display:none}.case{break-inside:auto;box-shadow:none}}
`;
