import { z } from 'zod';

const labelledArticleSchema = z.strictObject({
  body: z.string().min(1),
  title: z.string().min(1).optional(),
  contentType: z.string().min(1).optional(),
});

/**
 * One fixture file in `fixtures/`: pairs of articles for one case and language, each labelled
 * `duplicate` (wire copies: the same text with small edits) or `distinct` (anything else,
 * including the same event written independently).
 */
export const labelledPairFileSchema = z.strictObject({
  case: z.string().min(1),
  language: z.string().min(2),
  description: z.string(),
  pairs: z
    .array(
      z.strictObject({
        label: z.enum(['duplicate', 'distinct']),
        note: z.string().min(1),
        a: labelledArticleSchema,
        b: labelledArticleSchema,
      }),
    )
    .min(1),
});

export type LabelledPairFile = z.infer<typeof labelledPairFileSchema>;
export type LabelledArticle = z.infer<typeof labelledArticleSchema>;

/** One labelled pair, flattened out of its file, with a stable id "<case>.<language>#<index>". */
export interface LabelledPair {
  readonly id: string;
  readonly case: string;
  readonly language: string;
  readonly label: 'duplicate' | 'distinct';
  readonly note: string;
  readonly a: LabelledArticle;
  readonly b: LabelledArticle;
}
