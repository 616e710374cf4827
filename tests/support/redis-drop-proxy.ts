import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { prng } from './prng';

/**
 * End of the RESP frame starting at `at` (the index after it), or -1 while it is incomplete.
 * RESP2 as ioredis speaks it (simple string, error, integer, bulk, array), plus RESP3 pushes;
 * anything else throws, so a protocol this reader does not know fails the test instead of being
 * cut at the wrong place.
 */
export function respFrameEnd(buf: Buffer, at: number): number {
  const eol = buf.indexOf('\r\n', at);
  if (eol < 0) return -1;
  const type = String.fromCharCode(buf[at]!);
  if (type === '+' || type === '-' || type === ':') return eol + 2;
  const n = Number(buf.toString('latin1', at + 1, eol));
  if (!Number.isInteger(n)) throw new Error(`RESP: bad length at ${at}`);
  if (type === '$') {
    if (n < 0) return eol + 2;
    const end = eol + 2 + n + 2;
    return end <= buf.length ? end : -1;
  }
  if (type !== '*' && type !== '>') throw new Error(`RESP: unexpected type ${JSON.stringify(type)} at ${at}`);
  let p = eol + 2;
  for (let i = 0; i < n; i++) {
    p = respFrameEnd(buf, p);
    if (p < 0) return -1;
  }
  return p;
}

const MESSAGE_HEAD = ['*3\r\n$7\r\nmessage\r\n', '>3\r\n$7\r\nmessage\r\n'].map((s) => Buffer.from(s, 'latin1'));

/** The channel of a pub/sub `message` push frame, or null for any other frame (replies, subscribe confirmations). */
export function messageChannel(frame: Buffer): string | null {
  const head = MESSAGE_HEAD.find((h) => frame.subarray(0, h.length).equals(h));
  if (!head) return null;
  const eol = frame.indexOf('\r\n', head.length);
  const n = Number(frame.toString('latin1', head.length + 1, eol));
  return frame.toString('utf8', eol + 2, eol + 2 + n);
}

/**
 * A TCP proxy on 127.0.0.1 in front of Redis that loses pub/sub messages, as a lossy relay would:
 * bytes from the clients pass untouched; from Redis, each whole `message` push frame on a channel
 * `drops` accepts is dropped with probability `rate` (seeded, so a run replays). Dropping whole
 * frames keeps the stream valid: subscriber pushes answer no command, so no reply goes missing.
 */
export async function startRedisDropProxy(
  target: { host: string; port: number },
  opts: { seed: number; rate: number; drops: (channel: string) => boolean },
) {
  const random = prng(opts.seed);
  let rate = opts.rate;
  const stats = { messages: 0, dropped: 0 };
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
  };
  const server = net.createServer((client) => {
    track(client);
    const upstream = net.connect(target);
    track(upstream);
    client.pipe(upstream);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    let pending: Buffer = Buffer.alloc(0);
    upstream.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      const kept: Buffer[] = [];
      for (;;) {
        const end = respFrameEnd(pending, 0);
        if (end < 0) break;
        const frame = pending.subarray(0, end);
        pending = pending.subarray(end);
        const channel = messageChannel(frame);
        if (channel !== null && opts.drops(channel)) {
          stats.messages++;
          if (random() < rate) {
            stats.dropped++;
            continue;
          }
        }
        kept.push(frame);
      }
      if (kept.length) client.write(kept.length === 1 ? kept[0]! : Buffer.concat(kept));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `redis://127.0.0.1:${port}`,
    stats,
    /** Changes the drop probability from now on (0: a clean relay again). */
    setRate: (r: number) => void (rate = r),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
