import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { ui } from '@/components/ui/styles';
import type { NegotiationOverview } from '@/lib/negotiations/get-overview';
import { useDocumentKindLabel } from './document-kind-label';
import { NewDocumentForm } from './new-document-form';
import { OpenChannelButton } from './open-channel-button';

interface Props {
  negotiationId: string;
  documents: NegotiationOverview['documents'];
  parties: NegotiationOverview['parties'];
  canCreate: boolean;
  /** The lead mediator may open a bilateral channel with each delegation that has none yet. */
  canOpenChannels?: boolean;
}

/** The documents this member may open, with their kind and the member's access. */
export function DocumentList({ negotiationId, documents, parties, canCreate, canOpenChannels = false }: Props) {
  const partyName = (id: string | null) => parties.find((p) => p.id === id)?.name ?? null;
  const t = useTranslations('documents');
  const kindLabel = useDocumentKindLabel();
  return (
    <section aria-labelledby="documents-title" className={ui.card}>
      <h2 id="documents-title" className={ui.h2}>
        {t('title')}
      </h2>
      {documents.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{t('none')}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
              <Link href={`/negotiations/${negotiationId}/documents/${d.id}`} className={ui.link}>
                {d.title}
              </Link>
              <span className="flex flex-wrap gap-2">
                <Badge tone={d.kind === 'shared' ? 'neutral' : 'private'}>{kindLabel(d.kind, partyName(d.partyId))}</Badge>
                <Badge tone={d.access === 'write' ? 'success' : 'neutral'}>{t(`access_${d.access}`)}</Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
      {canOpenChannels && (
        <div className="mt-3 flex flex-wrap gap-2" aria-label={t('channels')}>
          {parties
            .filter((p) => !documents.some((d) => d.kind === 'bilateral' && d.partyId === p.id))
            .map((p) => (
              <OpenChannelButton key={p.id} negotiationId={negotiationId} party={p} />
            ))}
        </div>
      )}
      {canCreate && <NewDocumentForm negotiationId={negotiationId} parties={parties} />}
    </section>
  );
}
