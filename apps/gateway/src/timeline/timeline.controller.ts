import {
  BadRequestException,
  Controller,
  Get,
  Headers,
  Logger,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import { SijillConfig } from '@sijill/config';
import type { TimelineEntry } from '@sijill/contracts';
import { describeError } from '@sijill/logging';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseTimelineQuery } from './parse-timeline-query';
import { selectTimelinePage, type TimelinePage } from './select-timeline-page';
import { formatStreamCursor, parseStreamCursor } from './stream-cursor';
import { TimelineFeed } from './timeline-feed';
import { writeEventStream } from './write-event-stream';

/** A comment line this often keeps idle streams open through proxies. */
export const HEARTBEAT_MS = 15_000;
const RETRY_AFTER_SECONDS = '2';
/** On `GET /timeline`: the stream cursor the answer reflects, to follow on from with `lastEventId`. */
export const STREAM_CURSOR_HEADER = 'Sijill-Stream-Cursor';

/**
 * Reading the timeline. Open to all (the gateway token guards publishing only).
 *
 * - `GET /timeline?from&to&participant&country&type&minSources&status&limit&cursor`:
 *   `{entries, nextCursor?}`,
 *   the latest revision of each matching entry by date then id (see `parseTimelineQuery`), with
 *   the header `Sijill-Stream-Cursor` (the stream cursor the answer reflects); 400
 *   `{reason: 'invalid-parameter', parameter, detail}` for a bad parameter.
 * - `GET /timeline/:id`: the latest revision (a merged entry too, with `mergedInto`), or 404.
 * - `GET /timeline/stream`: server-sent events, `event: entry`, `data:` one entry revision, `id:`
 *   a cursor (see `StreamCursor`). Replays every revision the client has not seen (all of them
 *   without `Last-Event-ID` or `?lastEventId=`), then follows live; a comment every 15 s. Past
 *   `SIJILL_GATEWAY_MAX_STREAM_CLIENTS` open streams, 503 `{reason: 'too-many-streams'}` with
 *   `Retry-After`.
 *
 * The two reads answer 503 `{reason: 'timeline-loading'}` until the gateway has read the timeline
 * as it stood at start; a stream needs no wait, it simply replays as records arrive.
 */
@Controller('timeline')
export class TimelineController {
  private readonly logger = new Logger(TimelineController.name);
  private openStreams = 0;

  constructor(
    private readonly feed: TimelineFeed,
    private readonly config: SijillConfig,
  ) {}

  @Get()
  list(
    @Query() params: Record<string, unknown>,
    @Res({ passthrough: true }) res: ServerResponse,
  ): TimelinePage {
    const parsed = parseTimelineQuery(params);
    if (parsed.kind === 'invalid') {
      throw new BadRequestException({
        reason: 'invalid-parameter',
        parameter: parsed.parameter,
        detail: parsed.detail,
      });
    }
    this.requireLoaded(res);
    // The page follows the stream from where this answer stands: no replay, no gap.
    res.setHeader(STREAM_CURSOR_HEADER, formatStreamCursor(this.feed.log.endCursor));
    return selectTimelinePage(this.feed.log.entries(), parsed.query);
  }

  // Declared before `:id`, which would otherwise take "stream" for an id.
  @Get('stream')
  stream(
    @Req() req: IncomingMessage,
    @Res() res: ServerResponse,
    @Headers('last-event-id') header?: string,
    @Query('lastEventId') query?: unknown,
  ): void {
    // A browser reconnecting sends the header; it wins over the id the page first asked for.
    const [parameter, given] =
      header !== undefined ? ['Last-Event-ID', header] : ['lastEventId', query ?? ''];
    const cursor = typeof given === 'string' ? parseStreamCursor(given) : undefined;
    if (cursor === undefined) {
      throw new BadRequestException({
        reason: 'invalid-parameter',
        parameter,
        detail: 'Send the id of the last event received unchanged, e.g. "0-12.1-7.2-30".',
      });
    }
    if (this.openStreams >= this.config.gateway.maxStreamClients) {
      res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
      throw new ServiceUnavailableException({
        reason: 'too-many-streams',
        detail: 'The gateway serves as many event streams as it is configured for; retry later.',
      });
    }
    this.openStreams++;
    res.once('close', () => this.openStreams--);
    req.socket.setNoDelay(true);
    writeEventStream(res, this.feed, cursor, { heartbeatMs: HEARTBEAT_MS }).catch((error) => {
      this.logger.warn({ error: describeError(error) }, 'Timeline stream failed');
      res.destroy();
    });
  }

  @Get(':id')
  get(@Param('id') id: string, @Res({ passthrough: true }) res: ServerResponse): TimelineEntry {
    this.requireLoaded(res);
    const entry = this.feed.log.get(id);
    if (entry === undefined) {
      throw new NotFoundException({ reason: 'not-found', detail: `No timeline entry "${id}".` });
    }
    return entry;
  }

  private requireLoaded(res: ServerResponse): void {
    const state = this.feed.state;
    if (state.kind === 'live') return;
    res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
    throw new ServiceUnavailableException(
      state.kind === 'failed'
        ? { reason: 'timeline-unavailable', detail: 'The gateway stopped reading the timeline.' }
        : {
            reason: 'timeline-loading',
            detail: 'The gateway is still reading the timeline; try again shortly.',
          },
    );
  }
}
