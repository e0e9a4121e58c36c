import type { AcceptedArticle } from '@sijill/contracts';
import { overlapKeysOfText, type AnchoredArticle, type OverlapParams } from '../near-duplicate';
import { looksLikeHtml } from './extract-text';
import { measureHtmlDepth } from './measure-html-depth';
import { normaliseArticle } from './normalise-article';
import type { NormalisedArticle } from './normalised-article';

/**
 * Deepest element nesting normalisation reads (browsers stop nesting at 512). Real articles nest
 * a few dozen levels; a body nested deeper is refused before parsing, whose recursion it would
 * overflow.
 */
export const MAX_HTML_DEPTH = 512;

/** An article normalised and anchored, waiting for the near-duplicate check. */
export interface SignedArticle {
  readonly kind: 'signed';
  readonly accepted: AcceptedArticle;
  readonly normalised: NormalisedArticle;
  readonly signed: AnchoredArticle;
}

/** An article normalisation refuses to read. */
export interface RefusedArticle {
  readonly kind: 'refused';
  readonly reason: 'html-too-deep';
  readonly detail: string;
}

/**
 * What normalisation makes of one accepted article before the near-duplicate index is asked: plain
 * data only, so a worker thread can compute it and hand it back.
 */
export type PreparedArticle = SignedArticle | RefusedArticle;

/**
 * The CPU-heavy half of the normalisation stage, pure: read the body (refusing HTML nested past
 * `MAX_HTML_DEPTH`), normalise it and compute its overlap keys (anchors, shingles, filter).
 */
export function prepareAcceptedArticle(
  accepted: AcceptedArticle,
  params: OverlapParams,
): PreparedArticle {
  const { article } = accepted;
  if (looksLikeHtml(article.body, article.contentType)) {
    const depth = measureHtmlDepth(article.body, MAX_HTML_DEPTH);
    if (depth > MAX_HTML_DEPTH) {
      return {
        kind: 'refused',
        reason: 'html-too-deep',
        detail: `HTML elements nest deeper than ${MAX_HTML_DEPTH} levels`,
      };
    }
  }
  const normalised = normaliseArticle(article);
  return {
    kind: 'signed',
    accepted,
    normalised,
    signed: {
      articleId: accepted.articleId,
      ...overlapKeysOfText(normalised.matchingText, params),
    },
  };
}
