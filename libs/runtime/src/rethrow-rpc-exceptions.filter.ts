import { type ArgumentsHost, Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

/**
 * Hands a message handler's error to the transport unchanged. Nest's default turns every error
 * into `{status: 'error', message: 'Internal server error'}`, which hides whether Redis was away
 * (retry) or the message broke the code (dead-letter after a few tries), and logs as an object.
 */
@Catch()
export class RethrowRpcExceptionsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
