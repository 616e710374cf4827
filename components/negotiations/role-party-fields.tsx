'use client';

import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/field';
import type { Role } from '@/lib/negotiations/terms';
import type { NegotiationOverview } from '@/lib/negotiations/get-overview';
import { PARTY_ROLES, ROLE_LABELS } from '@/lib/negotiations/labels';

interface Props {
  idPrefix: string;
  role: Role;
  partyId: string;
  onRole: (role: Role) => void;
  onParty: (partyId: string) => void;
  parties: NegotiationOverview['parties'];
  errors: Record<string, string>;
}

/** A role picker, plus a delegation picker when the role sits with a delegation. */
export function RolePartyFields({ idPrefix, role, partyId, onRole, onParty, parties, errors }: Props) {
  const t = useTranslations('members');
  const tr = useTranslations('roles');
  const td = useTranslations('documents');
  return (
    <>
      <SelectField
        id={`${idPrefix}-role`}
        label={t('role')}
        value={role}
        onChange={(e) => onRole(e.target.value as Role)}
        error={errors.role}
      >
        {(Object.keys(ROLE_LABELS) as Role[]).map((r) => (
          <option key={r} value={r}>
            {tr(r)}
          </option>
        ))}
      </SelectField>
      {PARTY_ROLES.includes(role) && (
        <SelectField
          id={`${idPrefix}-party`}
          label={td('delegation')}
          value={partyId}
          onChange={(e) => onParty(e.target.value)}
          error={errors.partyId}
        >
          <option value="" disabled>
            {td('chooseDelegation')}
          </option>
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}
