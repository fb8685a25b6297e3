import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** System programs some tests drive, and how to install each (Debian). */
export const PROGRAMS = {
  chromium: { path: '/usr/bin/chromium', install: 'apt-get install -y chromium', tests: 'the HTML report test' },
  xmllint: { path: 'xmllint', install: 'apt-get install -y libxml2-utils', tests: 'the JUnit XSD test' },
} as const;

function found(program: string): boolean {
  // RC_TEST_MISSING=chromium,xmllint pretends they are missing, to see the skip and the CI failure.
  const pretend = (process.env.RC_TEST_MISSING ?? '').split(',');
  if (Object.entries(PROGRAMS).some(([name, p]) => p.path === program && pretend.includes(name))) return false;
  const candidates = isAbsolute(program) ? [program] : (process.env.PATH ?? '').split(delimiter).map((d) => join(d, program));
  return candidates.some((p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether a program is missing (or pretended missing with RC_TEST_MISSING). */
export function isMissing(name: keyof typeof PROGRAMS): boolean {
  return !found(PROGRAMS[name].path);
}

/**
 * Whether the tests needing a program are skipped: when it is missing, except under
 * `CI=true`, where they run and fail (CI installs it).
 */
export function skipWithout(name: keyof typeof PROGRAMS): boolean {
  return !found(PROGRAMS[name].path) && process.env.CI !== 'true';
}

/** One line per missing program: what is skipped and what to install. */
export function missingPrograms(): string[] {
  return Object.entries(PROGRAMS)
    .filter(([, p]) => !found(p.path))
    .map(([name, p]) =>
      process.env.CI === 'true'
        ? `${name} is missing: ${p.tests} will fail (CI=true); install it with: ${p.install}`
        : `${name} is missing: skipping ${p.tests}; install it with: ${p.install}`,
    );
}
