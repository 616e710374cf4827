'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';
import type { Role } from '@/lib/negotiations/terms';
import type { MemberView, NegotiationOverview } from '@/lib/negotiations/get-overview';
import { useAnnounce } from './members-announcer';
import { RolePartyFields } from './role-party-fields';

/** Change one member's role (and delegation) or remove them, with a confirmation step. */
export function MemberActions({
  negotiationId,
  member,
  parties,
}: {
  negotiationId: string;
  member: MemberView;
  parties: NegotiationOverview['parties'];
}) {
  const router = useRouter();
  const t = useTranslations('members');
  const tc = useTranslations('common');
  const announce = useAnnounce();
  const [role, setRole] = useState<Role>(member.role);
  const [partyId, setPartyId] = useState(member.partyId ?? '');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const url = `/api/negotiations/${negotiationId}/members/${member.id}`;

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const res = await fetchJson(url, 'PATCH', { role, partyId: partyId || null });
    setPending(false);
    setFields(res.ok ? {} : res.fields);
    setStatus(res.ok ? '' : res.error);
    if (res.ok) {
      announce(t('roleUpdated', { name: member.name }));
      router.refresh();
    }
  }

  async function remove() {
    setPending(true);
    const res = await fetchJson(url, 'DELETE');
    setPending(false);
    setConfirming(false);
    if (!res.ok) return setStatus(res.error);
    announce(t('removed', { name: member.name }));
    router.refresh();
  }

  const unchanged = role === member.role && (partyId || null) === member.partyId;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-accent">
        {t('manage')}
        <span className="sr-only"> {member.name}</span>
      </summary>
      <form onSubmit={save} noValidate className="mt-2 grid gap-3 rounded-md bg-gray-50 p-3 sm:grid-cols-2">
        <RolePartyFields
          idPrefix={`member-${member.id}`}
          role={role}
          partyId={partyId}
          onRole={setRole}
          onParty={setPartyId}
          parties={parties}
          errors={fields}
        />
        <div className="flex flex-wrap items-center gap-2 sm:col-span-2">
          <button type="submit" className={ui.buttonSecondary} disabled={pending || unchanged}>
            {t('saveRole')}
          </button>
          {!confirming ? (
            <button type="button" className={ui.buttonDanger} disabled={pending} onClick={() => setConfirming(true)}>
              {t('remove')}
            </button>
          ) : (
            <span className="flex flex-wrap items-center gap-2">
              <span className="text-sm">{t('confirmRemove', { name: member.name })}</span>
              <button type="button" className={ui.buttonDanger} disabled={pending} onClick={remove}>
                {t('yesRemove')}
              </button>
              <button type="button" className={ui.buttonSecondary} onClick={() => setConfirming(false)}>
                {tc('cancel')}
              </button>
            </span>
          )}
        </div>
        <p role="status" aria-live="polite" className="text-sm text-muted sm:col-span-2">
          {status}
        </p>
      </form>
    </details>
  );
}
