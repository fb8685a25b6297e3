import { createHash } from 'node:crypto';
import { UsageError } from './errors.js';

/** `--shard i/n`: which of n CI jobs this is (1-based). */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard ${text}: expected i/n with 1 <= i <= n, e.g. 2/3`);
  return { index, count };
}

/**
 * Whether a case belongs to a shard: decided by a hash of its path alone, so n jobs
 * together check every case exactly once, whatever else is in the batch.
 */
export function inShard(path: string, shard: Shard): boolean {
  const hash = createHash('sha256').update(path).digest();
  return hash.readUInt32BE(0) % shard.count === shard.index - 1;
}
