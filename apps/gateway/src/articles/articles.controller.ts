import {
  BadRequestException,
  Controller,
  HttpCode,
  HttpException,
  HttpStatus,
  Logger,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  ServiceUnavailableException,
  UseGuards,
} from '@nestjs/common';
import { SijillConfig } from '@sijill/config';
import type { Article, ReasonCode } from '@sijill/contracts';
import { decodeArticle, identify } from '@sijill/core';
import { KafkaConnection } from '@sijill/kafka';
import { describeError } from '@sijill/logging';
import { UnknownFieldMetrics } from '@sijill/observability';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BearerTokenGuard } from './bearer-token.guard';
import { readRequestBody } from './read-request-body';
import { RequestTooLargeError } from './request-too-large.error';
import { splitArticleRequest } from './split-article-request';

export interface AcceptedArticle {
  readonly index: number;
  readonly id: string;
}

export interface RefusedArticle {
  readonly index: number;
  readonly reason: ReasonCode;
  readonly detail: string;
}

/** The answer to a batch: which items went to Kafka (with the id intake uses) and which did not. */
export interface BatchAnswer {
  readonly accepted: readonly AcceptedArticle[];
  readonly refused: readonly RefusedArticle[];
}

type Checked =
  | { readonly kind: 'valid'; readonly id: string; readonly article: Article }
  | { readonly kind: 'invalid'; readonly reason: ReasonCode; readonly detail: string };

const RETRY_AFTER_SECONDS = '5';

/**
 * `POST /articles`: checks articles with intake's own rules and puts the valid ones on the articles
 * topic, answering only once Kafka has stored them.
 *
 * - One article (a JSON object): 202 `{id}`, or 400 `{reason, detail}`.
 * - A batch (a JSON array or `application/x-ndjson`, at most 1000 items; `index` counts items,
 *   blank lines excluded): 202 `{accepted: [{index, id}], refused: [{index, reason, detail}]}` when
 *   at least one item is accepted (the others are refused, nothing else happens to them); 400
 *   `{reason: 'no-valid-article', detail, accepted: [], refused}` when none is.
 * - 401 without the configured bearer token, 413 over the size or item limit, 415 for other
 *   content types, 503 `{reason: 'kafka-unavailable'}` when Kafka does not acknowledge (sending the
 *   same articles again is safe: intake forwards each article once).
 */
@Controller('articles')
@UseGuards(BearerTokenGuard)
export class ArticlesController {
  private readonly log = new Logger(ArticlesController.name);

  constructor(
    private readonly config: SijillConfig,
    private readonly kafka: KafkaConnection,
    private readonly unknownFields: UnknownFieldMetrics,
  ) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async publish(
    @Req() req: IncomingMessage,
    @Res({ passthrough: true }) res: ServerResponse,
  ): Promise<{ id: string } | BatchAnswer> {
    const body = await this.readBody(req, res);
    const request = splitArticleRequest(body, req.headers['content-type']);
    switch (request.kind) {
      case 'refused':
        throw new HttpException({ reason: request.reason, detail: request.detail }, request.status);
      case 'single': {
        const checked = this.check(request.value);
        if (checked.kind === 'invalid') {
          throw new BadRequestException({ reason: checked.reason, detail: checked.detail });
        }
        await this.send([checked], res);
        return { id: checked.id };
      }
      case 'batch':
        return this.publishBatch(request.values, res);
    }
  }

  private async publishBatch(
    values: readonly Uint8Array[],
    res: ServerResponse,
  ): Promise<BatchAnswer> {
    const valid: Extract<Checked, { kind: 'valid' }>[] = [];
    const accepted: AcceptedArticle[] = [];
    const refused: RefusedArticle[] = [];
    values.forEach((value, index) => {
      const checked = this.check(value);
      if (checked.kind === 'invalid') {
        refused.push({ index, reason: checked.reason, detail: checked.detail });
      } else {
        valid.push(checked);
        accepted.push({ index, id: checked.id });
      }
    });
    if (valid.length === 0) {
      throw new BadRequestException({
        reason: 'no-valid-article',
        detail: `All ${refused.length} articles were refused.`,
        accepted,
        refused,
      });
    }
    await this.send(valid, res);
    return { accepted, refused };
  }

  private async readBody(req: IncomingMessage, res: ServerResponse): Promise<Buffer> {
    try {
      return await readRequestBody(req, this.config.gateway.maxRequestBytes);
    } catch (error) {
      if (!(error instanceof RequestTooLargeError)) throw error;
      // The unread rest of the body must not be taken for the next request on this connection.
      res.setHeader('Connection', 'close');
      throw new PayloadTooLargeException({ reason: 'request-too-large', detail: error.message });
    }
  }

  private check(value: Uint8Array): Checked {
    const decoded = decodeArticle(value, { maxBodyBytes: this.config.intake.maxBodyBytes });
    if (decoded.kind === 'invalid') return decoded;
    this.unknownFields.record(decoded.unknownFields);
    const id = identify(decoded.article).identity.articleId;
    return { kind: 'valid', id, article: decoded.article };
  }

  private async send(
    articles: readonly Extract<Checked, { kind: 'valid' }>[],
    res: ServerResponse,
  ): Promise<void> {
    const startedAt = performance.now();
    try {
      await this.kafka.publish(
        articles.map(({ id, article }) => ({
          topic: 'articles' as const,
          key: id,
          value: article,
        })),
      );
    } catch (error) {
      this.log.warn(
        { articles: articles.length, error: describeError(error) },
        'Publishing articles failed',
      );
      res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
      throw new ServiceUnavailableException({
        reason: 'kafka-unavailable',
        detail: 'Kafka did not acknowledge the articles; send them again later.',
      });
    }
    this.log.log(
      { articles: articles.length, durationMs: Math.round(performance.now() - startedAt) },
      'Articles published',
    );
  }
}
