import { createServer, type Server } from 'node:net';

const LOOPBACK = '127.0.0.1';

/**
 * `count` distinct loopback ports that were free a moment ago. Every port is held open until all
 * are chosen so two calls in one go never return the same port. Preferred ports are used when free.
 */
export async function findFreePorts(
  count: number,
  preferred: readonly number[] = [],
): Promise<number[]> {
  const held: Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const wanted = preferred[i];
      const server =
        (wanted === undefined ? undefined : await listen(wanted).catch(() => undefined)) ??
        (await listen(0));
      held.push(server);
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('No TCP address');
      ports.push(address.port);
    }
    return ports;
  } finally {
    await Promise.all(held.map((server) => new Promise((done) => server.close(done))));
  }
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port, exclusive: true }, () => resolve(server));
  });
}
