import type { SourcePosition, UniqueArticle } from '@sijill/contracts';
import type { NormalisedArticle } from './normalised-article';
import { definedOnly } from '@sijill/contracts';

/** What the publisher said of an article, as the contract's optional fields carry it. */
export interface PublishedFields {
  readonly url?: string;
  readonly source?: string;
  readonly publishedAt?: string;
}

/** An article's address, outlet and date as the internal records name them. */
export interface Provenance {
  readonly url?: string;
  readonly sourceName?: string;
  readonly publishedAt?: string;
}

/** The provenance fields of an article, those it has only. */
export function provenanceOf(article: PublishedFields): Provenance {
  return {
    ...definedOnly({
      url: article.url,
      sourceName: article.source,
      publishedAt: article.publishedAt,
    }),
  };
}

/**
 * An article as the normaliser hands it on (`articles.unique`): its id and provenance, the
 * normalised text with its sentences and the chrome cut from it, and the record it was read from.
 */
export function buildUniqueArticle(
  articleId: string,
  article: PublishedFields,
  normalised: NormalisedArticle,
  source: SourcePosition,
  derivedFrom?: string,
): UniqueArticle {
  return {
    articleId,
    ...provenanceOf(article),
    ...definedOnly({ derivedFrom }),
    language: normalised.language,
    languageDetected: normalised.languageDetected,
    ...definedOnly({ title: normalised.title }),
    text: normalised.text,
    sentences: normalised.sentences.map(({ start, end }) => ({ start, end })),
    cuts: normalised.cuts.map(({ rule, line, text, detail }) => ({
      rule,
      line,
      text,
      ...definedOnly({ detail }),
    })),
    source,
  };
}
