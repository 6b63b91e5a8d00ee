export { sourcing, SOURCE_KINDS, type SourcingOptions } from './sourcing.js';
export { DEFAULT_RUBRIC } from './rubric.js';
export type * from './types.js';
