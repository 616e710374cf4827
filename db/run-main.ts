/** Runs a command-line entry point; a failure prints its message (and cause) and exits 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err) => {
    console.error(err instanceof Error ? `${err.message}${err.cause ? `\n  cause: ${String(err.cause)}` : ''}` : err);
    process.exit(1);
  });
}
