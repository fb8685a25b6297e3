import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { OCR_CHOICES, type OcrChoice } from './ingest/ocr/engine.js';
import { parseUserFile, type FieldProblem, type FileShape } from './case/problems.js';
import type { Lang } from './types.js';

/** The project config file names, looked for in this order in each folder (then package.json). */
export const CONFIG_FILES = ['refund-check.config.yaml', 'refund-check.config.yml', 'refund-check.config.json'];

/** The `refund-check` key of package.json. */
export const PACKAGE_KEY = 'refund-check';

/** A project config: defaults for the command line, which flags override. */
export const configSchema = z.strictObject({
  lang: z.enum(['zh', 'en']).optional(),
  'min-score': z.number().int().min(0).max(100).optional(),
  strict: z.boolean().optional(),
  platform: z.string().min(1).optional(),
  rules: z.union([z.string().min(1).transform((s) => [s]), z.array(z.string().min(1))]).optional(),
  'max-warnings': z.number().int().min(0).optional(),
  jobs: z.number().int().min(1).max(64).optional(),
  'cache-dir': z.string().min(1).optional(),
  ocr: z.enum(OCR_CHOICES).optional(),
});

/** A validated config; `rules` and `cache-dir` are absolute (resolved from the config file's folder). */
export type ProjectConfig = z.infer<typeof configSchema>;

const CONFIG_SHAPE: FileShape = {
  keys: Object.keys(configSchema.shape),
  ids: { lang: ['zh', 'en'], ocr: [...OCR_CHOICES] },
  examples: { lang: 'zh', 'min-score': '80', strict: 'true', platform: 'generic', rules: 'rules-local', 'max-warnings': '0', jobs: '2', 'cache-dir': '.ocr-cache', ocr: 'auto' },
};

/** The config that applies, and the file it came from. */
export interface FoundConfig {
  file: string;
  config: ProjectConfig;
}

/** A config file that cannot be used: every problem, each with file, field, line and column. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.file}${p.line ? ` line ${p.line}, column ${p.column ?? 1}` : ''}: ${p.message.en}. ${p.fix.en}`).join('\n'));
  }
}

/**
 * Finds the project config, as ESLint finds its config: from `cwd` upwards, the first
 * folder holding `refund-check.config.yaml` (`.yml`, `.json`) or a package.json with a
 * `refund-check` key. Returns undefined when there is none; a broken file throws
 * {@link ConfigError}.
 */
export function findConfig(cwd: string): FoundConfig | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      if (existsSync(file)) return { file, config: readConfig(file) };
    }
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const found = readPackageConfig(pkg);
      if (found) return { file: pkg, config: found };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates one config file. */
export function readConfig(file: string): ProjectConfig {
  const parsed = parseUserFile(readFileSync(file, 'utf8'), file.endsWith('.json') ? 'json' : 'yaml', configSchema, file, CONFIG_SHAPE);
  if (!parsed.ok) throw new ConfigError(parsed.problems);
  return resolvePaths(parsed.value, dirname(file));
}

function readPackageConfig(file: string): ProjectConfig | undefined {
  let pkg: unknown;
  try {
    pkg = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // not our file to judge
  }
  if (typeof pkg !== 'object' || pkg === null || !(PACKAGE_KEY in pkg)) return undefined;
  const schema = z.looseObject({ [PACKAGE_KEY]: configSchema });
  const shape: FileShape = { ...CONFIG_SHAPE, ids: { [`${PACKAGE_KEY}.lang`]: ['zh', 'en'] } };
  const parsed = parseUserFile(readFileSync(file, 'utf8'), 'json', schema, file, shape);
  if (!parsed.ok) throw new ConfigError(parsed.problems);
  return resolvePaths((parsed.value as Record<string, ProjectConfig>)[PACKAGE_KEY] ?? {}, dirname(file));
}

function resolvePaths(config: ProjectConfig, base: string): ProjectConfig {
  return {
    ...config,
    rules: config.rules?.map((r) => resolve(base, r)),
    'cache-dir': config['cache-dir'] ? resolve(base, config['cache-dir']) : undefined,
  };
}

/** Where a setting's value came from, for `--print-config`. */
export type SettingSource = 'flag' | 'config' | 'default' | 'environment';

/** One setting as it applies, with its source. */
export interface Setting<T> {
  value: T;
  source: SettingSource;
}

/** The settings of a run: each config key with its value and where it came from. */
export interface Settings {
  lang: Setting<Lang>;
  'min-score': Setting<number>;
  strict: Setting<boolean>;
  platform: Setting<string>;
  rules: Setting<string[]>;
  'max-warnings': Setting<number | null>;
  jobs: Setting<number>;
  'cache-dir': Setting<string>;
  ocr: Setting<OcrChoice>;
}

/** Flag values as given on the command line (undefined: not given). */
export type FlagValues = { [K in keyof Settings]?: Settings[K]['value'] };

/** The built-in defaults (lang and cache-dir come from the environment). */
export interface Defaults {
  lang: Lang;
  jobs: number;
  cacheDir: string;
}

/** Merges flags over the config file over the defaults, keeping where each value came from. */
export function resolveSettings(flags: FlagValues, config: ProjectConfig | undefined, defaults: Defaults): Settings {
  const pick = <T>(flag: T | undefined, fromConfig: T | undefined, fallback: T, fallbackSource: SettingSource = 'default'): Setting<T> =>
    flag !== undefined ? { value: flag, source: 'flag' } : fromConfig !== undefined ? { value: fromConfig, source: 'config' } : { value: fallback, source: fallbackSource };
  return {
    lang: pick(flags.lang, config?.lang, defaults.lang, 'environment'),
    'min-score': pick(flags['min-score'], config?.['min-score'], 80),
    strict: pick(flags.strict, config?.strict, false),
    platform: pick(flags.platform, config?.platform, 'generic'),
    rules: pick(flags.rules, config?.rules, []),
    'max-warnings': pick(flags['max-warnings'], config?.['max-warnings'], null),
    jobs: pick(flags.jobs, config?.jobs, defaults.jobs),
    'cache-dir': pick(flags['cache-dir'], config?.['cache-dir'], defaults.cacheDir, 'environment'),
    ocr: pick(flags.ocr, config?.ocr, 'auto'),
  };
}
