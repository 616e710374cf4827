'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';
import type { Role } from '@/lib/negotiations/terms';
import type { NegotiationOverview } from '@/lib/negotiations/get-overview';
import { CopyLink } from './copy-link';
import { RolePartyFields } from './role-party-fields';

/** Invite by email and role; shows the one-time link to copy (Pactum sends no email). */
export function InviteForm({ negotiationId, parties }: { negotiationId: string; parties: NegotiationOverview['parties'] }) {
  const router = useRouter();
  const t = useTranslations('members');
  const [role, setRole] = useState<Role>('delegation_member');
  const [partyId, setPartyId] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const email = String(new FormData(formEl).get('invite-email') ?? '');
    setPending(true);
    setLink(null);
    const res = await fetchJson<{ path: string; invitation: { email: string } }>(`/api/negotiations/${negotiationId}/invitations`, 'POST', {
      email,
      role,
      partyId: partyId || null,
    });
    setPending(false);
    if (!res.ok) {
      setFields(res.fields);
      setStatus(Object.keys(res.fields).length ? t('checkFields') : res.error);
      return;
    }
    setFields({});
    formEl.reset();
    setLink(`${window.location.origin}${res.data.path}`);
    setStatus(t('inviteReady', { email: res.data.invitation.email }));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-4 sm:grid-cols-2">
      <Field id="invite-email" label={t('email')} type="email" autoComplete="off" required error={fields.email} className="sm:col-span-2" />
      <RolePartyFields
        idPrefix="invite"
        role={role}
        partyId={partyId}
        onRole={setRole}
        onParty={setPartyId}
        parties={parties}
        errors={fields}
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" className={ui.button} disabled={pending}>
          {pending ? t('creatingLink') : t('createLink')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-muted sm:col-span-2">
        {status}
      </p>
      {link && <CopyLink link={link} className="sm:col-span-2" />}
    </form>
  );
}
