import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

let instance: WinkNLP | undefined;

/**
 * The one wink instance of the process. It is created lazily so that importing framelens
 * costs nothing until the first parse, and shared so the model (about 150 ms to load) loads once.
 * No custom entities are learnt on it: `learnCustomEntities` replaces earlier patterns, so any
 * pattern matching we need is done on our own tokens instead.
 */
export function getNlp(): WinkNLP {
  instance ??= winkNLP(model);
  return instance;
}
