import type {
  AcceptedArticle,
  Article,
  DuplicateArticle,
  ReasonCode,
  SourcePosition,
} from '@sijill/contracts';
import { canonicaliseUrl } from './canonicalise-url';
import { decodeArticle } from './decode-article';
import { hashContent, shortHash } from './hash-content';
import type { IntakeLimits } from './intake-limits';
import type { ArticleIdentity, ClaimOutcome, SeenArticleIndex } from './seen-article-index.port';
import { definedOnly } from '@sijill/contracts';

/** One message as it arrived, with where it came from. */
export interface InboundArticleMessage {
  readonly value: Uint8Array | null;
  readonly position: SourcePosition;
  /** The record's broker timestamp (milliseconds since the epoch, as text), when there is one. */
  readonly timestamp?: string;
}

/** Top-level fields of the message the contract does not name: ignored, for the adapter to count. */
interface IgnoredFields {
  readonly unknownFields: readonly string[];
}

/** How far past its record's timestamp a `publishedAt` may lie by default: one day. */
export const DEFAULT_MAX_FUTURE_SKEW_SECONDS = 86_400;

export type AdmitOutcome =
  | { readonly kind: 'invalid'; readonly reason: ReasonCode; readonly detail: string }
  | ({ readonly kind: 'accepted'; readonly accepted: AcceptedArticle } & IgnoredFields)
  | ({ readonly kind: 'duplicate'; readonly duplicate: DuplicateArticle } & IgnoredFields);

export interface AdmitArticleOptions {
  readonly limits: IntakeLimits;
  readonly dedupTtlSeconds: number;
  /**
   * How far past the record's broker timestamp (else its receipt) `publishedAt` may lie. A date
   * further ahead cannot be true and would anchor every relative date of the article in that
   * future, so the article is refused (`published-in-future`).
   */
  readonly maxFutureSkewSeconds?: number;
  /**
   * Awaited after each message of a batch is decoded and hashed (a fraction of a millisecond of
   * CPU each, a hundred to a batch): a service passes one that lets its event loop run, so its
   * probes and heartbeats are answered between messages rather than after the whole batch.
   */
  readonly betweenArticles?: () => Promise<void>;
  /**
   * Told of each article that passed decoding and the future check, just before it is claimed:
   * the offline mode moves its dedup window's clock to the article's publication time.
   */
  readonly beforeClaim?: (article: Article) => void;
}

/**
 * Intake: decide whether one message is a bad message, an exact repeat of an article already seen
 * (same id, same canonical URL or same body), or a new article to pass on.
 */
export class AdmitArticleUseCase {
  constructor(
    private readonly seen: SeenArticleIndex,
    private readonly options: AdmitArticleOptions,
  ) {}

  async execute(message: InboundArticleMessage, receivedAt: string): Promise<AdmitOutcome> {
    const [outcome] = await this.executeMany([message], receivedAt);
    if (outcome === undefined) throw new Error('Intake answered nothing for a message');
    return outcome;
  }

  /**
   * Admits a batch in order (a later message of the batch may repeat an earlier one), with one
   * claim on the seen-article index for the whole batch.
   */
  async executeMany(
    messages: readonly InboundArticleMessage[],
    receivedAt: string,
  ): Promise<readonly AdmitOutcome[]> {
    const prepared: (Candidate | Extract<AdmitOutcome, { kind: 'invalid' }>)[] = [];
    for (const message of messages) {
      prepared.push(this.prepare(message, receivedAt));
      if (this.options.betweenArticles !== undefined) await this.options.betweenArticles();
    }
    const candidates = prepared.filter((p): p is Candidate => p.kind === 'candidate');
    const claims = await this.seen.claimMany(
      candidates.map(({ identity, owner }) => ({ identity, owner })),
      this.options.dedupTtlSeconds,
    );
    const claimOf = new Map(candidates.map((candidate, i) => [candidate, claims[i]]));
    return prepared.map((p) => {
      if (p.kind !== 'candidate') return p;
      const claim = claimOf.get(p);
      if (claim === undefined) throw new Error('The seen-article index answered too little');
      return admitted(p, claim, receivedAt);
    });
  }

  private prepare(
    message: InboundArticleMessage,
    receivedAt: string,
  ): Candidate | Extract<AdmitOutcome, { kind: 'invalid' }> {
    const decoded = decodeArticle(message.value, this.options.limits);
    if (decoded.kind === 'invalid') return decoded;
    const future = this.futureProblem(decoded.article, message, receivedAt);
    if (future !== undefined)
      return { kind: 'invalid', reason: 'published-in-future', detail: future };
    this.options.beforeClaim?.(decoded.article);
    const { identity, idOrigin } = identify(decoded.article);
    const owner = `${message.position.topic}/${message.position.partition}/${message.position.offset}`;
    return {
      kind: 'candidate',
      article: decoded.article,
      unknownFields: decoded.unknownFields,
      identity,
      idOrigin,
      owner,
      position: message.position,
    };
  }

  private futureProblem(
    article: Article,
    message: InboundArticleMessage,
    receivedAt: string,
  ): string | undefined {
    if (article.publishedAt === undefined) return undefined;
    const brokerMs = Number(message.timestamp);
    const referenceMs =
      message.timestamp !== undefined && Number.isFinite(brokerMs) && brokerMs > 0
        ? brokerMs
        : Date.parse(receivedAt);
    const skewSeconds = this.options.maxFutureSkewSeconds ?? DEFAULT_MAX_FUTURE_SKEW_SECONDS;
    const publishedMs = Date.parse(article.publishedAt);
    if (!(publishedMs > referenceMs + skewSeconds * 1000)) return undefined;
    return `publishedAt ${article.publishedAt} lies more than ${skewSeconds} s after the record's time ${new Date(referenceMs).toISOString()}.`;
  }
}

/** A decoded article about to be claimed. */
interface Candidate extends IgnoredFields {
  readonly kind: 'candidate';
  readonly article: Article;
  readonly identity: ArticleIdentity;
  readonly idOrigin: AcceptedArticle['idOrigin'];
  readonly owner: string;
  readonly position: SourcePosition;
}

function admitted(candidate: Candidate, claim: ClaimOutcome, receivedAt: string): AdmitOutcome {
  const { article, unknownFields, identity, idOrigin, position } = candidate;
  if (claim.kind === 'duplicate') {
    return {
      kind: 'duplicate',
      unknownFields,
      duplicate: {
        articleId: identity.articleId,
        duplicateOf: claim.of,
        tier: 'exact',
        reason: claim.reason,
        ...definedOnly({
          url: article.url,
          sourceName: article.source,
          publishedAt: article.publishedAt,
          language: article.language,
        }),
        detectedAt: receivedAt,
        source: position,
      },
    };
  }
  return {
    kind: 'accepted',
    unknownFields,
    accepted: {
      articleId: identity.articleId,
      idOrigin,
      ...definedOnly({ canonicalUrl: identity.canonicalUrl }),
      contentHash: identity.contentHash,
      receivedAt,
      source: position,
      article: { ...article, id: identity.articleId },
    },
  };
}

/** The article's identity: its own id, else one derived from its canonical URL, else its content. */
export function identify(article: Article): {
  identity: ArticleIdentity;
  idOrigin: AcceptedArticle['idOrigin'];
} {
  const canonicalUrl = article.url === undefined ? undefined : canonicaliseUrl(article.url);
  const contentHash = hashContent(article.body);
  const [articleId, idOrigin] =
    article.id !== undefined
      ? [article.id, 'publisher' as const]
      : canonicalUrl !== undefined
        ? [`url-${shortHash(canonicalUrl)}`, 'url' as const]
        : [`content-${contentHash.slice(0, 24)}`, 'content' as const];
  return {
    identity: { articleId, contentHash, ...definedOnly({ canonicalUrl }) },
    idOrigin,
  };
}
