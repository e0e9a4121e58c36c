import { z } from 'zod';

/** Fields an article may carry; any other top-level field is ignored (ADR 0007). */
export const ARTICLE_FIELDS = [
  'id',
  'url',
  'source',
  'publishedAt',
  'language',
  'title',
  'body',
  'contentType',
] as const;

export const CONTENT_TYPES = ['text/plain', 'text/html'] as const;

const noControlCharacters = /^[^\p{Cc}]*$/u;
// BCP 47 shape; canonical validity is checked with Intl.getCanonicalLocales at intake.
const languageTag = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

const articleFields = {
  id: z
    .string()
    .min(1)
    .max(256)
    .regex(noControlCharacters, 'id must not contain control characters')
    .optional()
    .describe(
      'Stable publisher id; derived from the canonical URL, else the content, when absent.',
    ),
  url: z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain })
    .max(4096)
    .optional()
    .describe('Where the article was published (http or https).'),
  source: z.string().min(1).max(256).optional().describe('The outlet, e.g. "Reuters".'),
  publishedAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('RFC 3339 time of publication; anchors relative dates such as "yesterday".'),
  language: z
    .string()
    .regex(languageTag, 'language must be a BCP 47 tag')
    .max(35)
    .optional()
    .describe('BCP 47 language tag; detected when absent.'),
  title: z.string().max(2000).optional().describe('Headline.'),
  body: z
    .string()
    .describe('Plain text or HTML (see contentType). Required; at most the configured limit.'),
  contentType: z.enum(CONTENT_TYPES).optional().describe('How to read body; sniffed when absent.'),
};

/**
 * An article as a publisher puts it on `news.articles.v1` (value; key = article id). Open to
 * fields it does not name: readers ignore them (ADR 0007), so producers can add fields freely.
 */
export const ArticleSchema = z.looseObject(articleFields);

/** The fields Sijill reads, closed: what intake validates and forwards downstream. */
export const KnownArticleSchema = z.strictObject(articleFields);

export type Article = z.infer<typeof KnownArticleSchema>;
