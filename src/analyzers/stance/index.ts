export { stance, DEFAULT_STANCE_THRESHOLD, type StanceOptions } from './stance.js';
export { STANCE_CATEGORIES, validateStanceEntries, shippedStanceEntries } from './lexicon.js';
export type * from './types.js';
