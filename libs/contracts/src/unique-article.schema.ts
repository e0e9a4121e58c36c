import { z } from 'zod';
import { SourcePositionSchema } from './source-position.schema';

const SpanSchema = z.strictObject({ start: z.number().int(), end: z.number().int() });

/** A normalised, unique article handed to extraction (key = article id). */
export const UniqueArticleSchema = z.strictObject({
  articleId: z.string().min(1),
  url: z.string().optional(),
  sourceName: z.string().optional(),
  publishedAt: z.string().optional(),
  derivedFrom: z
    .string()
    .optional()
    .describe(
      'Article id of the original this one rewrites (shared quotes, figures, sentences): provenance, not an independent source.',
    ),
  language: z.string().describe('BCP 47, as given or detected.'),
  languageDetected: z.boolean(),
  title: z.string().optional(),
  text: z.string().describe('Display text: the body with page chrome removed, verbatim otherwise.'),
  sentences: z.array(SpanSchema).describe('Sentence offsets into text.'),
  cuts: z
    .array(
      z.strictObject({
        rule: z.string(),
        line: z.number().int(),
        text: z.string(),
        detail: z.string().optional(),
      }),
    )
    .describe('What chrome removal cut, and why.'),
  source: SourcePositionSchema,
});

export type UniqueArticle = z.infer<typeof UniqueArticleSchema>;
