export { outlets, type OutletsOptions } from './outlets.js';
export { validateOutlets, readOutletsFile, shippedOutlets } from './gazetteer.js';
export type * from './types.js';
