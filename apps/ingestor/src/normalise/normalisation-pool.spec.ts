import { join } from 'node:path';
import type { AcceptedArticle } from '@sijill/contracts';
import type { SijillConfig } from '@sijill/config';
import { DEFAULT_OVERLAP_PARAMS, prepareAcceptedArticle } from '@sijill/core';
import { NormalisationPool } from './normalisation-pool';
import { definedOnly } from '@sijill/contracts';
import { acceptedArticle } from '@sijill/testing';

// The worker the service runs: the build's (`npm run build` comes before the specs).
const BUILT_WORKER = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'dist',
  'apps',
  'ingestor',
  'src',
  'normalise',
  'normalisation.worker.js',
);

function accepted(id: string, body: string, contentType?: 'text/html'): AcceptedArticle {
  return acceptedArticle(id, body, definedOnly({ contentType }));
}

const BATCH = [
  accepted(
    'html',
    '<html><head><title>Talks in Muscat</title></head><body><nav>Home | World</nav>' +
      '<p>The foreign ministers of Oman and Jordan held talks in Muscat on Monday on regional ' +
      'dialogue and trade between the two countries.</p><footer>All rights reserved</footer></body></html>',
    'text/html',
  ),
  accepted(
    'arabic',
    'بحث وزير الخارجية العماني في مسقط مع نظيره الأردني سبل دعم الحوار بين دول المنطقة وتوسيع التبادل التجاري.',
  ),
  accepted('nested', `${'<div>'.repeat(600)}deep${'</div>'.repeat(600)}`, 'text/html'),
];

function configWith(threads: number): SijillConfig {
  return {
    intake: { normalisationThreads: threads },
    consumer: { messageTimeoutMs: 10_000 },
  } as unknown as SijillConfig;
}

describe('NormalisationPool', () => {
  it('prepares a batch on a worker thread exactly as in place, in input order', async () => {
    const pool = new NormalisationPool(configWith(1), BUILT_WORKER);
    try {
      await pool.onModuleInit();
      expect(pool.threads).toBe(1);
      const prepareMany = pool.prepareMany;
      if (prepareMany === undefined) throw new Error('The pool has no threads');
      const prepared = await prepareMany(BATCH, DEFAULT_OVERLAP_PARAMS);
      expect(prepared.map((p) => p.kind)).toEqual(['signed', 'signed', 'refused']);
      expect(prepared).toEqual(BATCH.map((a) => prepareAcceptedArticle(a, DEFAULT_OVERLAP_PARAMS)));
    } finally {
      await pool.onApplicationShutdown();
    }
  });

  it('leaves preparation to the event loop with 0 threads', () => {
    const pool = new NormalisationPool(configWith(0), BUILT_WORKER);
    expect(pool.threads).toBe(0);
    expect(pool.prepareMany).toBeUndefined();
  });
});
