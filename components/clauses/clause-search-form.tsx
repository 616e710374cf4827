'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { ui } from '@/components/ui/styles';
import type { SearchFilters } from './clause-api';

export interface FacetOptions {
  topics?: { value: string; label: string }[];
  paxCodes: string[];
  tags: string[];
}

/** Search box plus topic, PA-X code and tag filters; every control has a visible label. */
export function ClauseSearchForm({
  filters,
  onChange,
  facets,
  compact = false,
}: {
  filters: SearchFilters;
  onChange: (f: SearchFilters) => void;
  facets: FacetOptions;
  compact?: boolean;
}) {
  const id = useId();
  const t = useTranslations('clauses');
  const set = (key: keyof SearchFilters) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    onChange({ ...filters, [key]: e.target.value });
  return (
    <form role="search" onSubmit={(e) => e.preventDefault()} className="space-y-2">
      <div>
        <label htmlFor={`${id}-q`} className={ui.label}>
          {t('searchLabel')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={filters.q}
          onChange={set('q')}
          placeholder={t('searchPlaceholder')}
          dir="auto"
          className={ui.input}
          autoComplete="off"
        />
      </div>
      <div className={compact ? 'grid grid-cols-2 gap-2' : 'grid gap-2 sm:grid-cols-3'}>
        {facets.topics && (
          <div>
            <label htmlFor={`${id}-topic`} className={ui.label}>
              {t('topic')}
            </label>
            <select id={`${id}-topic`} value={filters.topic} onChange={set('topic')} className={ui.input}>
              <option value="">{t('allTopics')}</option>
              {facets.topics.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor={`${id}-pax`} className={ui.label}>
            {t('paxCode')}
          </label>
          <select id={`${id}-pax`} value={filters.pax} onChange={set('pax')} className={ui.input}>
            <option value="">{t('anyCode')}</option>
            {facets.paxCodes.map((c) => (
              <option key={c} value={c} lang="en">
                {c}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-tag`} className={ui.label}>
            {t('tag')}
          </label>
          <select id={`${id}-tag`} value={filters.tag} onChange={set('tag')} className={ui.input}>
            <option value="">{t('anyTag')}</option>
            {facets.tags.map((tag) => (
              <option key={tag} value={tag} lang="en">
                {tag}
              </option>
            ))}
          </select>
        </div>
      </div>
    </form>
  );
}
