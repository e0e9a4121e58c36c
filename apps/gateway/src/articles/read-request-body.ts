import type { IncomingMessage } from 'node:http';
import { RequestTooLargeError } from './request-too-large.error';

/**
 * The raw bytes of a request body, refused as soon as they pass `limitBytes` (by the declared
 * length when there is one, else while streaming). The rest of a refused body is drained unread.
 */
export function readRequestBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  if (req.readableEnded) {
    // Something upstream consumed the stream: the app must be created with `bodyParser: false`.
    return Promise.reject(new Error('The request body was already read by another parser.'));
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) {
    req.resume();
    return Promise.reject(new RequestTooLargeError(limitBytes, declared));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limitBytes) {
        cleanup();
        req.resume();
        reject(new RequestTooLargeError(limitBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const onClose = (): void => {
      cleanup();
      reject(new Error('The client closed the connection before the body ended.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
