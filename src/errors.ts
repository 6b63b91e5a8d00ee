/**
 * Every error framelens throws on purpose is a `FramelensError` with a stable `code`,
 * so callers can branch on `error.code` instead of parsing messages.
 */
export type FramelensErrorCode =
  | 'ERR_INPUT_TYPE'
  | 'ERR_PIPELINE'
  | 'ERR_ANALYZER'
  | 'ERR_OPTIONS'
  | 'ERR_LEXICON'
  | 'ERR_FILE';

export class FramelensError extends Error {
  readonly code: FramelensErrorCode;

  /**
   * @param code - stable machine-readable code
   * @param message - human-readable explanation that names the offending value
   */
  constructor(code: FramelensErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FramelensError';
    this.code = code;
  }
}

/** Thrown when `parse`, `analyze` or a pipeline receives something other than a string. */
export class InputTypeError extends FramelensError {
  /** @param value - the value that was passed instead of a string */
  constructor(value: unknown, where = 'analyze') {
    super('ERR_INPUT_TYPE', `${where}() expects a string of text, received ${describe(value)}`);
    this.name = 'InputTypeError';
  }
}

/** Describes a value for error messages without dumping it. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const ctor = (value as object).constructor?.name;
    return ctor && ctor !== 'Object' ? `an instance of ${ctor}` : 'an object';
  }
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}
