'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type { BlockLabelRef } from '@/lib/i18n/block-label';

/** A block's name in the reader's language: a made-up one ("Paragraph 3") from its key, a clause title or heading as written. */
export function useBlockLabel(): (label: string, ref?: BlockLabelRef) => string {
  const t = useTranslations('blockLabels');
  return useCallback(
    (label: string, ref?: BlockLabelRef) => (!ref ? label : ref.key === 'paragraph' ? t('paragraph', { n: ref.n }) : t(ref.key)),
    [t],
  );
}
