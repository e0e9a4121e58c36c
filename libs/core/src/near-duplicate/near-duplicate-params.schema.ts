import { z } from 'zod';

/**
 * MinHash/LSH parameters. `permutations` must be a multiple of `bands`; rows per band are
 * `permutations / bands`. Changing anything but `threshold` changes signatures and band keys, so
 * stored keys must be namespaced by `nearDuplicateParamsFingerprint`.
 */
export const nearDuplicateParamsSchema = z
  .strictObject({
    /** Words per shingle. */
    shingleSize: z.number().int().min(1).max(10),
    /** MinHash values per signature. */
    permutations: z.number().int().min(8).max(1024),
    /** LSH bands; two articles are candidates when any band matches exactly. */
    bands: z.number().int().min(1),
    /** Estimated Jaccard at or above which a candidate is a near-duplicate. */
    threshold: z.number().gt(0).max(1),
    /** Seed of the hash family; part of the stored data's identity. */
    seed: z.number().int().min(0).max(0xffffffff),
  })
  .refine((params) => params.permutations % params.bands === 0, {
    message: 'permutations must be a multiple of bands',
    path: ['bands'],
  });

export type NearDuplicateParams = z.infer<typeof nearDuplicateParamsSchema>;
