import { z } from 'zod';
import { SourcePositionSchema } from './source-position.schema';

export const DUPLICATE_REASONS = ['same-id', 'same-url', 'same-content', 'near-duplicate'] as const;

/** An article recorded as a copy of an earlier one (key = the copy's article id). */
export const DuplicateArticleSchema = z.strictObject({
  articleId: z.string().min(1),
  duplicateOf: z.string().min(1),
  tier: z.enum(['exact', 'near']),
  reason: z.enum(DUPLICATE_REASONS),
  similarity: z.number().min(0).max(1).optional().describe('Estimated Jaccard, near duplicates.'),
  containment: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('Share of the smaller text found in the other, near duplicates.'),
  url: z.string().optional(),
  sourceName: z.string().optional(),
  publishedAt: z.string().optional(),
  language: z.string().optional(),
  detectedAt: z.iso.datetime(),
  source: SourcePositionSchema,
});

export type DuplicateArticle = z.infer<typeof DuplicateArticleSchema>;
