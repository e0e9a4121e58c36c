// Entry of the extraction worker threads (piscina): the gazetteer is loaded once per thread.
import { loadDefaultGazetteer } from '@sijill/core';
import { extractArticle, type ExtractionResult, type ExtractionTask } from './extract-article';

const gazetteer = loadDefaultGazetteer();

export default function extract(task: ExtractionTask): ExtractionResult {
  return extractArticle(task, gazetteer);
}

/** Answers once this thread has loaded the gazetteer: the pool waits for it before work starts. */
export function warmUp(): number {
  return gazetteer.people.size;
}
