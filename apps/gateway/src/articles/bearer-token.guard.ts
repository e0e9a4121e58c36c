import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { SijillConfig } from '@sijill/config';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Lets a request through when no gateway token is configured, or when it carries
 * `Authorization: Bearer <token>`. Digests are compared in constant time, so neither the token's
 * content nor its length leaks through timing.
 */
@Injectable()
export class BearerTokenGuard implements CanActivate {
  private readonly expected?: Buffer;

  constructor(config: SijillConfig) {
    const token = config.gateway.token;
    this.expected = token === undefined ? undefined : digest(token);
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.expected === undefined) return true;
    const http = context.switchToHttp();
    const header = http.getRequest<IncomingMessage>().headers.authorization;
    const presented = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '')?.[1];
    if (presented !== undefined && timingSafeEqual(digest(presented), this.expected)) return true;
    http.getResponse<ServerResponse>().setHeader('WWW-Authenticate', 'Bearer realm="sijill"');
    throw new UnauthorizedException({
      reason: 'unauthorised',
      detail:
        presented === undefined
          ? 'Send the gateway token as "Authorization: Bearer <token>".'
          : 'The bearer token is not valid.',
    });
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
