'use client';

import { useTranslations } from 'next-intl';
import type { TopicNode } from '@/lib/clauses/topic-tree';

/** Browse by topic: each topic expands to its sub-topics and clauses (native details, keyboard-friendly). */
export function TopicTreeNav({
  tree,
  selectedId,
  onSelect,
  onTopic,
}: {
  tree: TopicNode[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onTopic: (topic: string) => void;
}) {
  const t = useTranslations();
  return (
    <nav aria-label={t('clauses.topicsNav')}>
      <ul className="space-y-1">
        {tree.map((topic) => (
          <li key={topic.topic}>
            <details open={topic.subtopics.some((s) => s.clauses.some((c) => c.id === selectedId))}>
              <summary className="cursor-pointer rounded px-1 py-1 text-sm font-medium hover:bg-accent-soft">
                {t(`topics.${topic.topic}`)} <span className="text-xs font-normal text-muted">({topic.count})</span>
              </summary>
              <button type="button" onClick={() => onTopic(topic.topic)} className="ms-4 text-xs text-accent underline">
                {t('clauses.showAll', { topic: t(`topics.${topic.topic}`) })}
              </button>
              <ul className="ms-3 mt-1 space-y-1 border-s border-line ps-3">
                {topic.subtopics.map((sub) => (
                  <li key={sub.subtopic}>
                    <p lang="en" className="text-xs uppercase tracking-wide text-muted">
                      {sub.label}
                    </p>
                    <ul>
                      {sub.clauses.map((c) => (
                        <li key={c.id}>
                          <button
                            type="button"
                            onClick={() => onSelect(c.id)}
                            aria-current={c.id === selectedId ? 'true' : undefined}
                            className={`w-full rounded px-1 text-start text-sm hover:bg-accent-soft ${c.id === selectedId ? 'bg-accent-soft font-medium' : ''}`}
                          >
                            <span lang="en">{c.title}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </nav>
  );
}
