/** One character decoded from CTC output, with the time steps it was read at. */
export interface CtcChar {
  char: string;
  /** Probability of the character at its most sure time step, 0..1. */
  prob: number;
  /** First and last time step of the run that gave the character. */
  first: number;
  last: number;
}

/**
 * Greedy CTC decoding: the most probable class at each time step, runs of one class
 * collapsed, the blank (class 0) dropped. `probs` holds `steps` x `classes` softmax outputs
 * starting at `offset`; `dictionary[k]` is the text of class k.
 */
export function ctcDecode(probs: Float32Array, offset: number, steps: number, classes: number, dictionary: readonly string[]): CtcChar[] {
  const out: CtcChar[] = [];
  let previous = 0;
  for (let t = 0; t < steps; t++) {
    const base = offset + t * classes;
    let best = 0;
    let bestProb = probs[base] ?? 0;
    for (let k = 1; k < classes; k++) {
      const p = probs[base + k] ?? 0;
      if (p > bestProb) {
        bestProb = p;
        best = k;
      }
    }
    if (best !== 0 && best === previous) {
      const last = out[out.length - 1];
      if (last) {
        last.last = t;
        last.prob = Math.max(last.prob, bestProb);
      }
    } else if (best !== 0) {
      out.push({ char: dictionary[best] ?? '', prob: bestProb, first: t, last: t });
    }
    previous = best;
  }
  return out;
}
