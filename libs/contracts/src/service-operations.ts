import type { TopicId } from './topics';

/** A Sijill process; the normaliser runs inside the ingestor but consumes on its own. */
export type SijillComponent = 'gateway' | 'ingestor' | 'normaliser' | 'extractor' | 'timeline';

/** One topic a Sijill component writes to (`send`) or consumes (`receive`). */
export interface ServiceOperation {
  readonly component: SijillComponent;
  /** The deployable app that hosts the component (`apps/<service>`). */
  readonly service: 'gateway' | 'ingestor' | 'extractor' | 'timeline';
  readonly action: 'send' | 'receive';
  readonly topic: TopicId;
  readonly summary: string;
}

/** Who sends and who receives each topic: the data flow of the pipeline, for the AsyncAPI document. */
export const SERVICE_OPERATIONS: readonly ServiceOperation[] = [
  {
    component: 'gateway',
    service: 'gateway',
    action: 'send',
    topic: 'articles',
    summary: 'Publishes articles posted to POST /articles.',
  },
  {
    component: 'ingestor',
    service: 'ingestor',
    action: 'receive',
    topic: 'articles',
    summary: 'Validates each article, derives its id and checks it against exact duplicates.',
  },
  {
    component: 'ingestor',
    service: 'ingestor',
    action: 'send',
    topic: 'accepted',
    summary: 'Hands on valid, first-seen articles.',
  },
  {
    component: 'ingestor',
    service: 'ingestor',
    action: 'send',
    topic: 'duplicates',
    summary: 'Records exact duplicates (same id, URL or content).',
  },
  {
    component: 'ingestor',
    service: 'ingestor',
    action: 'send',
    topic: 'deadLetter',
    summary: 'Dead-letters refused messages with a reason code; the consumer moves on.',
  },
  {
    component: 'normaliser',
    service: 'ingestor',
    action: 'receive',
    topic: 'accepted',
    summary: 'Extracts the text, removes page chrome and checks for near duplicates.',
  },
  {
    component: 'normaliser',
    service: 'ingestor',
    action: 'send',
    topic: 'unique',
    summary: 'Hands on normalised articles that are not near duplicates.',
  },
  {
    component: 'normaliser',
    service: 'ingestor',
    action: 'send',
    topic: 'duplicates',
    summary: 'Records near duplicates (wire copies with small edits).',
  },
  {
    component: 'extractor',
    service: 'extractor',
    action: 'receive',
    topic: 'unique',
    summary: 'Finds who met whom, where and when in each article.',
  },
  {
    component: 'extractor',
    service: 'extractor',
    action: 'send',
    topic: 'mentions',
    summary: 'Publishes one mention per event an article reports.',
  },
  {
    component: 'timeline',
    service: 'timeline',
    action: 'receive',
    topic: 'mentions',
    summary: 'Merges each mention into a timeline entry, or opens one.',
  },
  {
    component: 'timeline',
    service: 'timeline',
    action: 'receive',
    topic: 'duplicates',
    summary: 'Lists wire copies on the entries their originals support.',
  },
  {
    component: 'timeline',
    service: 'timeline',
    action: 'send',
    topic: 'timeline',
    summary: 'Publishes every new revision of an entry, including merged ones.',
  },
];

/**
 * The topics a service sends to or receives from, by the table above: the one declaration its
 * `main.ts` (topics it creates and writes), its consumers (checked by a spec) and the AsyncAPI
 * document are derived from.
 */
export function topicsOf(
  service: ServiceOperation['service'],
  action: ServiceOperation['action'],
): TopicId[] {
  const topics = SERVICE_OPERATIONS.filter((o) => o.service === service && o.action === action);
  return [...new Set(topics.map((o) => o.topic))];
}
