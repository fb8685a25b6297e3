/** Errors the user can cause; the CLI turns each into one clear line. */

/** A case folder cannot be checked as given (missing or malformed claim, unknown reason). */
export class CaseError extends Error {
  override name = 'CaseError';
  constructor(
    /** The file at fault, relative to the case folder where possible. */
    readonly file: string,
    /** What is wrong, without the file name. */
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** A rule pack (reasons, platform profile, lexicon) is malformed. */
export class RulePackError extends Error {
  override name = 'RulePackError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** The command cannot run (bad flag value, a path that does not exist). */
export class UsageError extends Error {
  override name = 'UsageError';
}
