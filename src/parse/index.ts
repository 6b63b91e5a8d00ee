export { parse, sentenceAt } from './parse.js';
export type { Doc, DocSentence, NameChunk, NameKind, Paragraph, Quote, Token } from './types.js';
