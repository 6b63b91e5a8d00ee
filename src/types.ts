/**
 * A stretch of the input. Always `input.slice(start, end) === text`, with UTF-16 offsets.
 */
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}
