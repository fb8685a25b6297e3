import { extractFacts } from '../src/facts/extract.js';
import { loadRules } from '../src/rules/load.js';
const lexicon = loadRules().lexicon;
const lines = process.argv.slice(2);
const ev = { file: 'x.png', absPath: '', source: 'image' as const, kind: 'chat' as const, kindFrom: 'content' as const, confidence: 90,
  lines: lines.map((t, i) => ({ text: t.replace(/^[mb]:/, ''), conf: 95, block: i, side: (t.startsWith('b:') ? 'buyer' : 'merchant') as 'buyer' | 'merchant' })) };
const f = extractFacts([ev], { lexicon, timezone: 'Asia/Shanghai', reference: new Date() });
console.log('private', f.privateChannel.map((r) => r.text), 'undert', f.undertakings.map((r) => r.text));
