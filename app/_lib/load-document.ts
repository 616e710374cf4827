import { cache } from 'react';
import { getDb } from '@/db/client';
import { getDocumentView } from '@/lib/negotiations/get-document-view';
import { orNotFound } from './or-not-found';

/** The document view for this request (layout, metadata and page share it); 404 page when not visible. */
export const loadDocument = cache((userId: string, documentId: string) => orNotFound(getDocumentView(getDb(), userId, documentId)));
