import { z } from 'zod';
import { KnownArticleSchema } from './article.schema';
import { SourcePositionSchema } from './source-position.schema';

/** A valid, first-seen article handed from intake to normalisation (key = article id). */
export const AcceptedArticleSchema = z.strictObject({
  articleId: z.string().min(1),
  idOrigin: z.enum(['publisher', 'url', 'content']).describe('Where articleId came from.'),
  canonicalUrl: z.string().optional(),
  contentHash: z.string().describe('sha256 of the body with white space folded, hex.'),
  receivedAt: z.iso.datetime(),
  source: SourcePositionSchema,
  article: KnownArticleSchema.required({ id: true }),
});

export type AcceptedArticle = z.infer<typeof AcceptedArticleSchema>;
