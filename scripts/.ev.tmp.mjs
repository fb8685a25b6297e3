import { readEvidence } from '../dist/ingest/evidence.js';
import { OcrPool } from '../dist/ingest/ocr/tesseract.js';
import { loadRules } from '../dist/rules/load.js';
const pool = new OcrPool(2);
const [file, merchant] = process.argv.slice(2);
const ev = await readEvidence({ file: file.split('/').pop(), absPath: file, type: 'image' }, pool, loadRules().lexicon, merchant);
await pool.close();
console.log(ev.kind, ev.kindConfidence, ev.kindReason);
for (const l of ev.lines) console.log(l.side.padEnd(8), l.block, JSON.stringify(l.box), l.text);
