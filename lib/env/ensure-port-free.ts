import net from 'node:net';

/**
 * Fails fast, before the database opens and the demo banner prints, when the port is taken.
 * (Listening later would print the demo accounts of a server that never starts, then EADDRINUSE.)
 * @throws with what to do next when another process listens on `port`; other bind errors keep their cause.
 */
export async function ensurePortFree(port: number, hostname: string): Promise<void> {
  const probe = net.createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen({ port, host: hostname, exclusive: true }, resolve);
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new Error(
        `Port ${port} is already in use (another Pactum, or another program). Stop it, or choose another port: PORT=${port + 1} npm run dev`,
        { cause: err },
      );
    }
    throw new Error(`Cannot listen on ${hostname}:${port} (${code ?? 'unknown error'}).`, { cause: err });
  } finally {
    await new Promise<void>((resolve) => (probe.listening ? probe.close(() => resolve()) : resolve()));
  }
}
