import pg from 'pg';

/**
 * A node-postgres client that drops its connection when a query hits the client-side read timeout
 * (`query_timeout`). That timeout only fires when the server never answered — a black-holed network
 * or a hung server; a slow statement is cancelled earlier by the server's `statement_timeout`. pg
 * leaves such a connection in the pool with the unanswered query still on the wire, so later
 * queries would wait behind it or read its late answer; destroying it makes the pool open a new one.
 */
export class DeadlineClient extends pg.Client {
  // pg's query() is heavily overloaded; this wrapper passes every form through unchanged.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (err: Error | null, res: unknown) => {
        this.dropIfTimedOut(err);
        (last as (e: Error | null, r: unknown) => void)(err, res);
      };
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (out instanceof Promise) {
      return out.catch((err: unknown) => {
        this.dropIfTimedOut(err);
        throw err;
      }) as never;
    }
    return out as never;
  }

  private dropIfTimedOut(err: unknown): void {
    if (err instanceof Error && err.message === 'Query read timeout')
      (this as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  }
}
