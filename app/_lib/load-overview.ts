import { cache } from 'react';
import { getDb } from '@/db/client';
import { getNegotiationOverview } from '@/lib/negotiations/get-overview';
import { orNotFound } from './or-not-found';

/** The negotiation overview for this request (shared by generateMetadata and the page); 404 page when not visible. */
export const loadOverview = cache((userId: string, negotiationId: string) =>
  orNotFound(getNegotiationOverview(getDb(), userId, negotiationId)),
);
