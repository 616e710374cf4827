import type { RedlineBlock } from '@/lib/versions/redline';

const CHANGE_LABEL: Record<RedlineBlock['change'], string> = { unchanged: 'Unchanged', changed: 'Changed', inserted: 'Added', deleted: 'Removed' };

/** A redline: per block, insertions underlined in green and deletions struck through in red. */
export function RedlineView({ blocks, showUnchanged }: { blocks: RedlineBlock[]; showUnchanged: boolean }) {
  const shown = showUnchanged ? blocks : blocks.filter((b) => b.change !== 'unchanged');
  if (shown.length === 0) return <p className="text-sm text-muted">No differences between these two texts.</p>;
  return (
    <ol className="space-y-3" aria-label="Differences by clause">
      {shown.map((b, i) => (
        <li key={i} className="rounded-md border border-line bg-white p-3">
          <p className="text-xs font-medium uppercase tracking-wide text-muted">
            {b.label} · {CHANGE_LABEL[b.change]}
          </p>
          <p className="mt-1 text-sm leading-relaxed">
            {b.parts.map((p, j) =>
              p.op === 'insert' ? (
                <ins key={j} className="bg-green-100 text-green-900 underline">{p.text}</ins>
              ) : p.op === 'delete' ? (
                <del key={j} className="bg-red-100 text-red-900">{p.text}</del>
              ) : (
                <span key={j}>{p.text}</span>
              ),
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
