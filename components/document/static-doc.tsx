import { useTranslations } from 'next-intl';
import { provenanceLabel } from '@/lib/editor/clause-provenance';
import { parseSuggestionId } from '@/lib/editor/suggestions';
import type { PmNode } from '@/lib/editor/to-json';
import { CLAUSE_BLOCK, PLACEHOLDER_FIELD } from '@/lib/editor/node-names';

export interface StaticParty {
  id: string;
  shortName: string;
  name: string;
  color: string;
}

type Marks = NonNullable<PmNode['marks']>;

/**
 * Read-only rendering of a stored document (print view) that shows the negotiation marks as the
 * editor does: brackets as [text] with the holder, pending suggestions underlined / struck with
 * the proposing party, alternatives labelled "Alt 2 · APM" with the party's rule, library clauses
 * with their provenance, and only the text's own numbering. Text goes through React (escaped);
 * marks become plain styling only — no links or raw HTML are ever produced.
 */
export function StaticDoc({ doc, parties }: { doc: PmNode; parties: StaticParty[] }) {
  const t = useTranslations('staticDoc');
  const byId = new Map(parties.map((p) => [p.id, p]));
  const suggester = (id: unknown) => byId.get(parseSuggestionId(id)?.partyId ?? '');

  const inline = (node: PmNode, inherited: Marks = []): React.ReactNode[] =>
    (node.content ?? []).map((child, i) => {
      const marks = [...inherited, ...(child.marks ?? [])];
      if (child.type === 'hardBreak') return <br key={i} />;
      let out: React.ReactNode;
      if (child.type === PLACEHOLDER_FIELD)
        out = <mark className="rounded bg-amber-100 px-0.5 font-mono text-[0.85em]">{`{${String(child.attrs?.name ?? 'FIELD')}}`}</mark>;
      else if (child.text === undefined) return <span key={i}>{inline(child, marks)}</span>;
      else out = child.text;
      if (marks.some((m) => m.type === 'bold')) out = <strong>{out}</strong>;
      if (marks.some((m) => m.type === 'italic')) out = <em>{out}</em>;
      const suggestion = marks.find((m) => m.type === 'insertion' || m.type === 'deletion');
      if (suggestion) {
        const party = suggester(suggestion.attrs?.id);
        const who = party?.shortName ?? t('mediationShort');
        const inserted = suggestion.type === 'insertion';
        out = inserted ? (
          <ins
            title={t('proposedAddition', { who: party?.name ?? t('mediationTeam') })}
            className="bg-green-50 text-green-900 underline decoration-2"
          >
            {out}
            <sup className="text-[0.65em] no-underline">
              +<bdi>{who}</bdi>
            </sup>
          </ins>
        ) : (
          <del title={t('proposedDeletion', { who: party?.name ?? t('mediationTeam') })} className="bg-red-50 text-red-900">
            {out}
            <sup className="text-[0.65em]">
              −<bdi>{who}</bdi>
            </sup>
          </del>
        );
      }
      const bracket = marks.find((m) => m.type === 'bracket');
      if (bracket) {
        const party = byId.get(String(bracket.attrs?.partyId));
        out = (
          <span
            className="static-bracket [unicode-bidi:isolate]"
            title={party ? t('bracketedBy', { who: party.name }) : t('bracketed')}
            style={{ boxShadow: `inset 0 -2px 0 ${party?.color ?? '#92400e'}` }}
          >
            [{out}]
            <sup className="text-[0.7em] font-bold">
              <bdi>{party?.shortName ?? String(bracket.attrs?.partyShort || '?')}</bdi>
            </sup>
          </span>
        );
      }
      return <span key={i}>{out}</span>;
    });

  const block = (node: PmNode, key: number): React.ReactNode => {
    const marks = node.marks ?? [];
    switch (node.type) {
      case 'heading': {
        const level = Number(node.attrs?.level) || 2;
        return level <= 1 ? (
          <h2 key={key} dir="auto" className="mt-6 text-xl font-semibold">
            {inline(node, marks)}
          </h2>
        ) : (
          <h3 key={key} dir="auto" className="mt-4 font-semibold">
            {inline(node, marks)}
          </h3>
        );
      }
      case 'paragraph': {
        if (!node.attrs?.altOf)
          return (
            <p key={key} dir="auto" className="mt-2 leading-relaxed">
              {inline(node, marks)}
            </p>
          );
        const party = byId.get(String(node.attrs.altParty ?? ''));
        const label = `${String(node.attrs.altLabel ?? 'Alt')}${node.attrs.altPartyShort ? ` · ${String(node.attrs.altPartyShort)}` : ''}`;
        return (
          <p
            key={key}
            dir="auto"
            data-altof=""
            className="mt-2 leading-relaxed"
            style={{ borderInlineStart: `3px solid ${party?.color ?? '#6b7280'}`, paddingInlineStart: '0.6rem' }}
          >
            <span className="block text-xs font-semibold text-gray-600">{label}</span>
            {inline(node, marks)}
          </p>
        );
      }
      case 'bulletList':
      case 'orderedList': {
        const List = node.type === 'bulletList' ? 'ul' : 'ol';
        return (
          <List key={key} className={`ms-6 mt-2 ${node.type === 'bulletList' ? 'list-disc' : 'list-decimal'}`}>
            {(node.content ?? []).map((item, i) => (
              <li key={i} dir="auto">
                {(item.content ?? []).map((c, j) => block(c, j))}
              </li>
            ))}
          </List>
        );
      }
      case CLAUSE_BLOCK:
        return (
          <section key={key} className="mt-5 border-s-2 border-line ps-4">
            <p className="text-xs font-medium text-gray-600">{provenanceLabel(node.attrs ?? {})}</p>
            {(node.content ?? []).map((c, i) => block(c, i))}
          </section>
        );
      default:
        return (
          <div key={key}>
            {node.content?.some((c) => c.text === undefined && c.type !== 'hardBreak' && c.type !== PLACEHOLDER_FIELD)
              ? node.content.map((c, i) => block(c, i))
              : inline(node, marks)}
          </div>
        );
    }
  };
  const blocks = doc.content ?? [];
  if (blocks.length === 0 || (blocks.length === 1 && !blocks[0]!.content?.length)) return <p className="text-muted">{t('empty')}</p>;
  return <div>{blocks.map((b, i) => block(b, i))}</div>;
}
