import { z } from 'zod';
import { ATTACHMENT_KIND_NAMES } from './kinds';

// Control characters other than tab and newline: plain text only.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A new attachment as the API accepts it; `dueAt` is required (and in the future) for deadlines only. */
export const zNewAttachment = z
  .object({
    clauseKey: z.string().trim().min(1, 'Choose the clause this is attached to.').max(100),
    kind: z.enum(ATTACHMENT_KIND_NAMES, 'Choose deadline, incentive, guarantee, condition or pledge.'),
    text: z
      .string()
      .trim()
      .min(1, 'Say what is promised or required.')
      .max(1000, 'Keep it under 1000 characters.')
      .refine((t) => !CONTROL.test(t), 'Use plain text only.'),
    partyId: z.uuid('Choose a delegation of this negotiation.').nullish(),
    dueAt: z.iso.datetime({ offset: true, error: 'Give the date and time as an ISO date, e.g. 2026-12-01T12:00:00Z.' }).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== 'deadline') return;
    if (!v.dueAt) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'A deadline needs a date and time.' });
    else if (new Date(v.dueAt).getTime() <= Date.now())
      ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'The deadline must be in the future.' });
  })
  .transform((v) => ({ ...v, partyId: v.partyId ?? null, dueAt: v.kind === 'deadline' && v.dueAt ? new Date(v.dueAt) : null }));

export type NewAttachmentInput = z.output<typeof zNewAttachment>;
