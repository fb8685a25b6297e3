import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZodObject, type z } from 'zod';
import { RulePackError } from '../errors.js';
import { parseUserFile, type FieldProblem } from '../case/problems.js';
import { errorCodesSchema, FAILURE_KINDS, lexiconSchema, platformSchema, reasonsSchema, type FailureKind, type Lexicon, type PlatformRule, type ReasonRule } from './schema.js';

export type { Lexicon } from './schema.js';

/** Everything that varies by platform and over time, loaded from `rules/` (and user packs). */
export interface RuleSet {
  reasons: Record<string, ReasonRule>;
  platforms: Record<string, PlatformRule>;
  lexicon: Lexicon;
  /** Error codes ("0XC004C003", upper-case) and the failure kind each means. */
  errorCodes: Record<string, FailureKind>;
}

/** The `rules/` folder shipped with the package. */
export const BUILTIN_RULES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

const cache = new Map<string, RuleSet>();

/**
 * Loads the built-in rule packs, then each extra folder on top (same layout:
 * reasons.yaml, platforms/*.yaml, lexicons/*.yaml). Reasons and platforms of a later
 * pack replace those of the same id; lexicon phrases are added.
 */
export function loadRules(extraDirs: string[] = []): RuleSet {
  const key = extraDirs.join('\0');
  const hit = cache.get(key);
  if (hit) return hit;
  const rules = readRules(extraDirs, readSnapshot());
  cache.set(key, rules);
  return rules;
}

/**
 * The rule set of the built-in packs and `extraDirs`. Built-in packs are taken from `known` where
 * their file is unchanged; each one parsed instead is added to `parsed` (when given).
 */
function readRules(extraDirs: string[], known: Snapshot, parsed?: Snapshot): RuleSet {
  const readPack = <T extends z.ZodType>(file: string, schema: T): z.infer<T> => readPackFile(file, schema, known, parsed);
  const rules: RuleSet = { reasons: {}, platforms: {}, lexicon: lexiconSchema.parse({}), errorCodes: {} };
  for (const dir of [BUILTIN_RULES, ...extraDirs]) {
    if (!existsSync(dir)) throw new RulePackError(dir, 'rule folder does not exist');
    const reasonsFile = join(dir, 'reasons.yaml');
    if (existsSync(reasonsFile)) Object.assign(rules.reasons, readPack(reasonsFile, reasonsSchema));
    for (const file of yamlFiles(join(dir, 'platforms'))) {
      const id = basename(file).replace(/\.ya?ml$/, '');
      rules.platforms[id] = readPack(file, platformSchema);
    }
    for (const file of yamlFiles(join(dir, 'lexicons'))) addLexicon(rules.lexicon, readPack(file, lexiconSchema));
    const codesFile = join(dir, 'error-codes.yaml');
    if (existsSync(codesFile)) for (const [code, entry] of Object.entries(readPack(codesFile, errorCodesSchema))) rules.errorCodes[code.toUpperCase()] = entry.kind;
  }
  composeFailures(rules.lexicon);
  composeWordings(rules.lexicon);
  return rules;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The built-in packs as parsed and validated at build time (see {@link writeRulesSnapshot}),
 * by path under `rules/`, each with the hash of the file it was read from. Parsing the YAML
 * takes about 100 ms of every run; a file whose bytes differ from the snapshot's (rules
 * edited after the build) is parsed again.
 */
const SNAPSHOT = join(dirname(fileURLToPath(import.meta.url)), 'builtin-rules.json');
type Snapshot = Record<string, { sha256: string; value: unknown }>;

/** The snapshot, read afresh for each rule set (its values become the set's own objects). */
function readSnapshot(): Snapshot {
  try {
    return JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
  } catch {
    return {};
  }
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function readPackFile<T extends z.ZodType>(file: string, schema: T, known: Snapshot, parsed?: Snapshot): z.infer<T> {
  const text = readFileSync(file, 'utf8');
  const key = file.startsWith(BUILTIN_RULES + sep) ? relative(BUILTIN_RULES, file) : undefined;
  const hash = key === undefined ? undefined : sha256(text);
  const entry = key === undefined ? undefined : known[key];
  if (entry && entry.sha256 === hash) return entry.value as z.infer<T>;
  const result = parseUserFile(text, 'yaml', schema, file, { keys: keysOf(schema) });
  if (!result.ok) throw new RulePackError(file, result.problems.map(packProblem).join('; '));
  if (key !== undefined && hash !== undefined && parsed) parsed[key] = { sha256: hash, value: result.value };
  return result.value;
}

/** The keys a pack's top level may hold, for did-you-mean (none for a map of ids). */
function keysOf(schema: z.ZodType): string[] {
  return schema instanceof ZodObject ? Object.keys(schema.shape as object) : [];
}

/** A problem of a pack, for its author: the field, where it is, what is wrong and the fix. */
function packProblem(p: FieldProblem): string {
  const at = p.line ? ` (line ${p.line}, column ${p.column ?? 1})` : '';
  return `${p.field ?? '(top level)'}${at}: ${p.message.en}. ${p.fix.en.replace(/\.$/, '')}`;
}

/**
 * Parses every built-in pack and writes them to the snapshot the next runs read instead of
 * the YAML (`npm run build` does this once tsc is done).
 */
export function writeRulesSnapshot(): string {
  const out: Snapshot = {};
  readRules([], {}, out);
  writeFileSync(SNAPSHOT, JSON.stringify(out));
  return SNAPSHOT;
}

/** Adds each phrase family of a pack to the lexicon's. */
function addLexicon(into: Lexicon, pack: Lexicon): void {
  const add = (target: Record<string, unknown>, source: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(source)) {
      if (Array.isArray(value)) (target[key] as string[]).push(...(value as string[]));
      else add(target[key] as Record<string, unknown>, value as Record<string, unknown>);
    }
  };
  add(into as unknown as Record<string, unknown>, pack as unknown as Record<string, unknown>);
}

/**
 * Each `compose` wording family becomes phrases of the family it names: every subject with
 * every `after` state after it (subject…state) and every `before` state before it (state…subject).
 */
function composeWordings(lexicon: Lexicon): void {
  for (const rule of lexicon.compose) {
    let target: unknown = lexicon;
    for (const key of rule.into.split('.')) target = (target as Record<string, unknown> | undefined)?.[key];
    if (!Array.isArray(target) || rule.into === 'compose') throw new RulePackError('lexicons', `compose: "${rule.into}" is not a phrase family`);
    const into = target as string[];
    for (const subject of rule.subject) {
      for (const state of rule.after) into.push(`${subject}…${state}`);
      for (const state of rule.before) into.push(`${state}…${subject}`);
    }
  }
}

/** Each failure state after each code subject becomes a phrase of its kind: 卡密…已被使用. */
function composeFailures(lexicon: Lexicon): void {
  for (const kind of FAILURE_KINDS) {
    for (const state of lexicon.failure_state[kind]) {
      for (const subject of lexicon.code_subject) lexicon.failure[kind].push(`${subject}…${state}`);
    }
  }
}
