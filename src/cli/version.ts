// Replaced with package.json's version by tsup at build time (tsup.config.ts), so --version
// cannot drift from the published package; running from source says "dev".
declare const __FRAMELENS_VERSION__: string | undefined;

export const VERSION: string = typeof __FRAMELENS_VERSION__ === 'string' ? __FRAMELENS_VERSION__ : '0.0.0-dev';
