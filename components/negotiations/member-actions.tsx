'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';
import type { Role } from '@/lib/negotiations/terms';
import type { MemberView, NegotiationOverview } from '@/lib/negotiations/get-overview';
import { useAnnounce } from './members-announcer';
import { RolePartyFields } from './role-party-fields';

/** Change one member's role (and delegation) or remove them, with a confirmation step. */
export function MemberActions({ negotiationId, member, parties }: { negotiationId: string; member: MemberView; parties: NegotiationOverview['parties'] }) {
  const router = useRouter();
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
      announce(`${member.name}’s role was updated.`);
      router.refresh();
    }
  }

  async function remove() {
    setPending(true);
    const res = await fetchJson(url, 'DELETE');
    setPending(false);
    setConfirming(false);
    if (!res.ok) return setStatus(res.error);
    announce(`${member.name} was removed from the negotiation.`);
    router.refresh();
  }

  const unchanged = role === member.role && (partyId || null) === member.partyId;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-accent">Manage<span className="sr-only"> {member.name}</span></summary>
      <form onSubmit={save} noValidate className="mt-2 grid gap-3 rounded-md bg-gray-50 p-3 sm:grid-cols-2">
        <RolePartyFields idPrefix={`member-${member.id}`} role={role} partyId={partyId} onRole={setRole} onParty={setPartyId} parties={parties} errors={fields} />
        <div className="flex flex-wrap items-center gap-2 sm:col-span-2">
          <button type="submit" className={ui.buttonSecondary} disabled={pending || unchanged}>Save role</button>
          {!confirming ? (
            <button type="button" className={ui.buttonDanger} disabled={pending} onClick={() => setConfirming(true)}>Remove from negotiation</button>
          ) : (
            <span className="flex flex-wrap items-center gap-2">
              <span className="text-sm">Remove {member.name}? They lose access at once.</span>
              <button type="button" className={ui.buttonDanger} disabled={pending} onClick={remove}>Yes, remove</button>
              <button type="button" className={ui.buttonSecondary} onClick={() => setConfirming(false)}>Cancel</button>
            </span>
          )}
        </div>
        <p role="status" aria-live="polite" className="text-sm text-muted sm:col-span-2">{status}</p>
      </form>
    </details>
  );
}
