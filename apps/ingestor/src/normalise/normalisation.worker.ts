// Entry of the normalisation worker threads (piscina): one accepted article prepared per task.
import type { AcceptedArticle } from '@sijill/contracts';
import { prepareAcceptedArticle, type OverlapParams, type PreparedArticle } from '@sijill/core';

/** One article to prepare, with the overlap parameters of the service. */
export interface NormalisationTask {
  readonly accepted: AcceptedArticle;
  readonly params: OverlapParams;
}

export default function prepare(task: NormalisationTask): PreparedArticle {
  return prepareAcceptedArticle(task.accepted, task.params);
}

/** Answers once this thread has loaded normalisation's modules and lexicons. */
export function warmUp(): number {
  return 0;
}
