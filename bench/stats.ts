/** The p-th percentile (nearest rank, 0–100) of `xs`; NaN when there are none. */
export const pct = (xs: number[], p: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : NaN;
