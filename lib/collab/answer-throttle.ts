/**
 * Answers a socket's repeated requests (sync step 1, awareness query) at most once per interval:
 * the first `burst` at once, later ones gathered into one trailing answer built when sent (so it
 * carries the newest state). A socket asking for the whole document in a loop — without reading
 * the replies — otherwise made the server build and queue megabytes per request.
 */
export function createAnswerThrottle(intervalMs: number, burst: number) {
  let allowance = burst;
  let last = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  let pending: (() => void) | null = null;
  return {
    /** Runs `answer` now, or (replacing an earlier waiting one) when the interval allows. */
    answer(answer: () => void): void {
      if (intervalMs <= 0) return answer();
      const now = performance.now();
      if (allowance > 0 || now - last >= intervalMs) {
        if (allowance > 0) allowance--;
        last = now;
        return answer();
      }
      pending = answer;
      timer ??= setTimeout(
        () => {
          timer = null;
          last = performance.now();
          const run = pending;
          pending = null;
          run?.();
        },
        last + intervalMs - now,
      );
    },
    stop(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
