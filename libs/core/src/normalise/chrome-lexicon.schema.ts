import { z } from 'zod';

const phraseList = z.array(z.string().min(1)).min(1);

const phraseRuleSchema = z.strictObject({
  category: z.string().min(1),
  match: z.enum(['line', 'prefix', 'contains', 'words']),
  phrases: phraseList,
  with: phraseList.optional(),
  maxWords: z.number().int().positive().optional(),
  noSentenceEnd: z.boolean().optional(),
});

const patternRuleSchema = z.strictObject({
  category: z.string().min(1),
  match: z.literal('pattern'),
  patterns: phraseList,
  maxWords: z.number().int().positive().optional(),
  noSentenceEnd: z.boolean().optional(),
});

/** One language's file in `chrome-lexicon/`; see the README there for what each field means. */
export const chromeLexiconSourceSchema = z.strictObject({
  language: z.string().min(1),
  rules: z.array(z.discriminatedUnion('match', [phraseRuleSchema, patternRuleSchema])),
  relatedMarkers: z.array(z.string().min(1)),
  creditSources: z.array(z.string().min(1)),
  captionWords: z.array(z.string().min(1)),
});

export type ChromeLexiconSource = z.infer<typeof chromeLexiconSourceSchema>;
