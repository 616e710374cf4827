import { useTranslations } from 'next-intl';
import { useBlockLabel } from '@/components/ui/use-block-label';
import type { MarkRef, RedlineBlock, RedlineNote, RedlinePart } from '@/lib/versions/redline';

/** Words with their negotiation marks, drawn as in the editor: [bracketed]ᴾᴬᴿᵀʸ, proposals underlined/struck with the party. */
function Marked({ text, marks }: { text: string; marks: MarkRef[] }) {
  const t = useTranslations('versions');
  let out: React.ReactNode = text;
  for (const m of marks) {
    if (m.kind === 'insertion')
      out = (
        <span className="underline decoration-dotted" title={t('proposedAddition', { party: m.party })}>
          {out}
          <sup>+{m.party}</sup>
        </span>
      );
    if (m.kind === 'deletion')
      out = (
        <span className="line-through decoration-dotted" title={t('proposedDeletion', { party: m.party })}>
          {out}
          <sup>−{m.party}</sup>
        </span>
      );
  }
  for (const m of marks)
    if (m.kind === 'bracket')
      out = (
        <span title={t('bracketedBy', { party: m.party })}>
          [{out}]<sup>{m.party}</sup>
        </span>
      );
  return <>{out}</>;
}

function Part({ p }: { p: RedlinePart }) {
  const t = useTranslations('versions');
  if (p.op === 'insert')
    return (
      <ins className="bg-green-100 text-green-900 underline">
        <Marked text={p.text} marks={p.marks} />
      </ins>
    );
  if (p.op === 'delete')
    return (
      <del className="bg-red-100 text-red-900">
        <Marked text={p.text} marks={p.marks} />
      </del>
    );
  if (p.op === 'remark') {
    return (
      <mark className="rounded bg-amber-100 text-amber-950 outline outline-1 outline-amber-400" title={t('remark')}>
        <Marked text={p.text} marks={p.marks} />
      </mark>
    );
  }
  return <Marked text={p.text} marks={p.marks} />;
}

/** A redline: per block, insertions underlined in green, deletions struck through in red, changed marks outlined, with notes naming the party. */
export function RedlineView({ blocks, showUnchanged }: { blocks: RedlineBlock[]; showUnchanged: boolean }) {
  const t = useTranslations('versions');
  const tr = useTranslations('redlineText');
  const blockLabel = useBlockLabel();
  const note = (n: RedlineNote) => tr(n.key, { party: n.party || tr('aParty'), quote: n.quote ?? '' });
  const shown = showUnchanged ? blocks : blocks.filter((b) => b.change !== 'unchanged');
  if (shown.length === 0) return <p className="text-sm text-muted">{t('noDifferences')}</p>;
  return (
    <ol className="space-y-3" aria-label={t('differences')}>
      {shown.map((b, i) => (
        <li key={i} className="rounded-md border border-line bg-white p-3">
          <p className="text-xs font-medium uppercase tracking-wide text-muted">
            <bdi>{blockLabel(b.label, b.labelRef)}</bdi> · {t(`change_${b.change}`)}
          </p>
          <p className="mt-1 text-sm leading-relaxed">
            {b.parts.map((p, j) => (
              <Part key={j} p={p} />
            ))}
          </p>
          {b.notes.length > 0 && (
            <ul
              aria-label={t('marksChanged', { label: blockLabel(b.label, b.labelRef) })}
              className="mt-1 list-disc ps-5 text-xs text-amber-950"
            >
              {b.notes.map((n, j) => (
                <li key={j}>{b.noteRefs?.[j] ? note(b.noteRefs[j]) : n}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
