import { connect } from 'node:net';

/** What a Redis port said to PING: answered, refused the connection, or not ready (loading, silent). */
export type RedisPingOutcome = 'pong' | 'refused' | 'unready';

/** One PING over a raw socket, so probing needs no client library and never queues commands. */
export function pingRedis(
  host: string,
  port: number,
  timeoutMs = 1_000,
): Promise<RedisPingOutcome> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let reply = '';
    const finish = (outcome: RedisPingOutcome): void => {
      socket.destroy();
      resolve(outcome);
    };
    socket.setTimeout(timeoutMs, () => finish('unready'));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG') ? 'pong' : 'unready');
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      finish(error.code === 'ECONNREFUSED' ? 'refused' : 'unready'),
    );
    socket.once('close', () => finish('unready'));
  });
}
