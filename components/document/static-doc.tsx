import type { PmNode } from '@/lib/editor/to-json';

export interface StaticParty {
  id: string;
  shortName: string;
  name: string;
  color: string;
}

/**
 * Read-only rendering of a stored document (print view, version preview). Text goes through React
 * (escaped); marks become plain styling only — no links or raw HTML are ever produced.
 */
export function StaticDoc({ doc, parties }: { doc: PmNode; parties: StaticParty[] }) {
  const byId = new Map(parties.map((p) => [p.id, p]));
  let paragraph = 0;
  const block = (node: PmNode, key: number, numbered: boolean): React.ReactNode => {
    switch (node.type) {
      case 'heading':
        return Number(node.attrs?.level) <= 1 ? <h2 key={key} className="mt-6 text-xl font-semibold">{inline(node)}</h2> : <h3 key={key} className="mt-4 font-semibold">{inline(node)}</h3>;
      case 'paragraph':
        if (numbered) paragraph += 1;
        return (
          <p key={key} className="mt-3 leading-relaxed">
            {numbered && <span className="mr-2 font-medium">{paragraph}.</span>}
            {inline(node)}
          </p>
        );
      case 'bulletList':
      case 'orderedList': {
        const List = node.type === 'bulletList' ? 'ul' : 'ol';
        return (
          <List key={key} className={`ml-6 mt-2 ${node.type === 'bulletList' ? 'list-disc' : 'list-[lower-alpha]'}`}>
            {(node.content ?? []).map((item, i) => <li key={i}>{(item.content ?? []).map((c, j) => <span key={j}>{inline(c)}</span>)}</li>)}
          </List>
        );
      }
      case 'clauseBlock':
        return (
          <section key={key} className="mt-5 border-l-2 border-line pl-4">
            <h3 className="font-semibold">{String(node.attrs?.title ?? 'Clause')}</h3>
            <p className="text-xs italic text-muted">Library clause {String(node.attrs?.clauseId ?? '')} v{String(node.attrs?.version ?? '')} · {String(node.attrs?.variant ?? '')}</p>
            {(node.content ?? []).map((c, i) => block(c, i, c.type === 'paragraph'))}
          </section>
        );
      default:
        return <div key={key}>{(node.content ?? []).map((c, i) => (c.text === undefined ? block(c, i, false) : <span key={i}>{c.text}</span>))}</div>;
    }
  };
  const inline = (node: PmNode): React.ReactNode =>
    (node.content ?? []).map((child, i) => {
      if (child.type === 'hardBreak') return <br key={i} />;
      if (child.text === undefined) return <span key={i}>{inline(child)}</span>;
      let out: React.ReactNode = child.text;
      const marks = child.marks ?? [];
      if (marks.some((m) => m.type === 'bold')) out = <strong>{out}</strong>;
      if (marks.some((m) => m.type === 'italic')) out = <em>{out}</em>;
      if (marks.some((m) => m.type === 'placeholder')) out = <mark className="bg-amber-100">{out}</mark>;
      if (marks.some((m) => m.type === 'insertion')) out = <ins className="bg-green-50 text-green-900">{out}</ins>;
      if (marks.some((m) => m.type === 'deletion')) out = <del className="bg-red-50 text-red-900">{out}</del>;
      const bracket = marks.find((m) => m.type === 'bracket');
      if (bracket) {
        const party = byId.get(String(bracket.attrs?.partyId));
        out = (
          <span title={party ? `Bracketed by ${party.name}` : 'Bracketed'} style={{ color: party?.color }}>
            [{out}]<sup>{party?.shortName ?? '?'}</sup>
          </span>
        );
      }
      return <span key={i}>{out}</span>;
    });
  const blocks = doc.content ?? [];
  if (blocks.length === 0 || (blocks.length === 1 && !blocks[0]!.content?.length)) return <p className="text-muted">This document has no text yet.</p>;
  return <div>{blocks.map((b, i) => block(b, i, b.type === 'paragraph'))}</div>;
}
