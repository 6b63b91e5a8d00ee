import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FramelensError } from '../errors.js';

const cache = new Map<string, unknown>();

/**
 * Reads a JSON data file shipped in the package's corpus/ folder, once. Works from dist/ (the
 * published package) and from src/ (tests), by walking up to the folder that holds corpus/.
 *
 * @param path - path inside corpus/, e.g. "outlets/gazetteer.json"
 */
export function readCorpusJson<T>(path: string): T {
  if (cache.has(path)) return cache.get(path) as T;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'corpus', path);
    if (existsSync(candidate)) {
      const data = JSON.parse(readFileSync(candidate, 'utf8')) as T;
      cache.set(path, data);
      return data;
    }
    dir = dirname(dir);
  }
  throw new FramelensError('ERR_FILE', `the data file corpus/${path} is missing from the framelens package`);
}
