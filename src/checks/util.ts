import type { CaseModel } from '../model.js';
import type { Evidence, EvidenceKind } from '../types.js';
import type { Template } from './define.js';

export function ofKind(model: CaseModel, kind: EvidenceKind): Evidence[] {
  return model.evidence.filter((e) => e.kind === kind && !e.unreadable);
}

/** The reason's name in both languages. */
export function reasonName(model: CaseModel, id: string = model.reasonId): Template {
  const rule = model.rules.reasons[id];
  return rule ? { zh: rule.name.zh, en: rule.name.en } : { zh: id, en: id };
}

/**
 * Whether two order numbers are the same, allowing OCR to misread, drop or double up
 * to two characters of a long number, and a letter prefix one of them lacks.
 */
export function sameOrderId(a: string, b: string): boolean {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  if (x === y) return true;
  const coreX = x.replace(/^[A-Z]+(?=\d)/, '');
  const coreY = y.replace(/^[A-Z]+(?=\d)/, '');
  return Math.min(coreX.length, coreY.length) >= 12 && editDistance(coreX, coreY, 2) <= 2;
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row) > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}
