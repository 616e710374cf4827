import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP front on 127.0.0.1 that sends each new connection to the first of `targets` that accepts
 * it, as a load balancer with health checks would: when an instance dies, its clients' reconnects
 * reach the next one.
 */
export async function startFailoverProxy(targets: number[]) {
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
  };
  const server = net.createServer((client) => {
    track(client);
    client.pause();
    const attempt = (i: number) => {
      if (i >= targets.length) return void client.destroy();
      const upstream = net.connect({ host: '127.0.0.1', port: targets[i]! });
      let connected = false;
      upstream.once('error', () => !connected && attempt(i + 1));
      upstream.once('connect', () => {
        connected = true;
        track(upstream);
        upstream.on('error', () => client.destroy());
        upstream.on('close', () => client.destroy());
        client.on('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    attempt(0);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
