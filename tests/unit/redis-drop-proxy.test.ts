import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { messageChannel, respFrameEnd, startRedisDropProxy } from '../support/redis-drop-proxy';

const bulk = (s: string | Buffer) => {
  const b = Buffer.from(s);
  return Buffer.concat([Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n')]);
};
const array = (...items: Buffer[]) => Buffer.concat([Buffer.from(`*${items.length}\r\n`), ...items]);
const message = (channel: string, data: Buffer) => array(bulk('message'), bulk(channel), bulk(data));

/** Replies and pushes as Redis sends them to ioredis, with CRLF and binary inside bulk strings. */
const FRAMES = [
  Buffer.from('+OK\r\n'),
  Buffer.from('-ERR no\r\n'),
  Buffer.from(':42\r\n'),
  Buffer.from('$-1\r\n'),
  Buffer.from('*0\r\n'),
  bulk('a\r\nb'),
  array(bulk('subscribe'), bulk('x:doc:1'), Buffer.from(':1\r\n')),
  message('x:doc:1', Buffer.from([0, 13, 10, 36, 42, 255])),
  array(array(bulk('nested')), Buffer.from('$-1\r\n')),
  message('x:reauth', Buffer.from('neg')),
];

describe('RESP frame reader of the Redis drop proxy', () => {
  it('finds every frame boundary and never cuts inside a frame, whatever the prefix', () => {
    const stream = Buffer.concat(FRAMES);
    const ends: number[] = [];
    for (let at = 0, i = 0; i < FRAMES.length; i++) ends.push((at += FRAMES[i]!.length));
    for (let k = 0; k <= stream.length; k++) {
      const prefix = stream.subarray(0, k);
      const found: number[] = [];
      for (let at = 0; ;) {
        const end = respFrameEnd(prefix, at);
        if (end < 0) break;
        found.push(end);
        at = end;
      }
      expect(found).toEqual(ends.filter((e) => e <= k));
    }
  });

  it('tells message pushes (and their channel) from replies', () => {
    expect(FRAMES.map(messageChannel)).toEqual([null, null, null, null, null, null, null, 'x:doc:1', null, 'x:reauth']);
  });

  it('refuses a type it does not know rather than guessing', () => {
    expect(() => respFrameEnd(Buffer.from('%1\r\n'), 0)).toThrow(/unexpected type/);
  });
});

describe('Redis drop proxy over real sockets', () => {
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('drops whole message frames of the chosen channels, seeded, and passes everything else intact', async () => {
    const docs = Array.from({ length: 200 }, (_, i) => message('x:doc:1', Buffer.from(`update ${i}\r\n`)));
    const others = Array.from({ length: 50 }, (_, i) => message('x:reauth', Buffer.from(`neg ${i}`)));
    const stream = Buffer.concat(docs.flatMap((d, i) => (i % 4 === 0 ? [d, others[i / 4]!, Buffer.from(':1\r\n')] : [d])));
    const fromClient: Buffer[] = [];
    const fake = net.createServer((s) => {
      s.on('data', (d) => fromClient.push(d));
      // Odd-sized chunks, so frames arrive cut anywhere.
      s.once('data', async () => {
        for (let at = 0; at < stream.length; at += 37) {
          s.write(stream.subarray(at, at + 37));
          await new Promise((r) => setImmediate(r));
        }
        s.end();
      });
    });
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => fake.close(r)));
    const run = async (seed: number) => {
      const proxy = await startRedisDropProxy(
        { host: '127.0.0.1', port: (fake.address() as AddressInfo).port },
        { seed, rate: 0.1, drops: (ch) => ch.startsWith('x:doc:') },
      );
      cleanups.push(proxy.close);
      const sock = net.connect({ host: '127.0.0.1', port: Number(new URL(proxy.url).port) });
      const got: Buffer[] = [];
      sock.on('data', (d) => got.push(d));
      sock.write('*2\r\n$9\r\nsubscribe\r\n$7\r\nx:doc:1\r\n');
      await new Promise((r) => sock.once('close', r));
      return { out: Buffer.concat(got), stats: { ...proxy.stats } };
    };

    const first = await run(7);
    const kept: Buffer[] = [];
    for (let at = 0; at < first.out.length;) {
      const end = respFrameEnd(first.out, at);
      expect(end).toBeGreaterThan(at); // the output is whole frames only
      kept.push(first.out.subarray(at, end));
      at = end;
    }
    const keptDocs = kept.filter((f) => messageChannel(f) === 'x:doc:1');
    expect(kept.filter((f) => messageChannel(f) === 'x:reauth')).toEqual(others);
    expect(kept.filter((f) => f.equals(Buffer.from(':1\r\n')))).toHaveLength(50);
    expect(first.stats).toEqual({ messages: 200, dropped: 200 - keptDocs.length });
    expect(first.stats.dropped).toBeGreaterThan(5);
    expect(first.stats.dropped).toBeLessThan(40);
    expect(keptDocs.every((d) => docs.some((x) => x.equals(d)))).toBe(true);
    expect(Buffer.concat(fromClient).toString()).toBe('*2\r\n$9\r\nsubscribe\r\n$7\r\nx:doc:1\r\n');
    // The same seed drops the same messages.
    expect((await run(7)).out.equals(first.out)).toBe(true);
  });
});
