import { type Clause } from './schema';
import { CLAUSE_TOPICS, type ClauseTopic } from './clause-terms';

/** A browse tree: topic → subtopic → clause titles, in the brief's topic order. */
export interface TopicNode {
  topic: ClauseTopic;
  label: string;
  count: number;
  subtopics: { subtopic: string; label: string; clauses: { id: string; title: string }[] }[];
}

export const TOPIC_LABELS: Record<ClauseTopic, string> = {
  ceasefire: 'Ceasefire',
  'security-guarantees': 'Security guarantees',
  ddr: 'DDR',
  integration: 'Integration of armed groups',
  ssr: 'Security sector reform',
  'related-threats': 'Related threats',
  salw: 'Small arms and light weapons',
  'mine-action': 'Mine action',
  cbm: 'Confidence-building measures',
  peacekeeping: 'International mission',
  'protection-gender': 'Protection of civilians and gender',
  'transitional-justice': 'Transitional justice',
  implementation: 'Implementation',
};

const labelOf = (kebab: string) => kebab.charAt(0).toUpperCase() + kebab.slice(1).replace(/-/g, ' ');

/** Groups clauses into the browse tree; topics without clauses are left out. */
export function buildTopicTree(clauses: readonly Clause[]): TopicNode[] {
  return CLAUSE_TOPICS.flatMap((topic) => {
    const inTopic = clauses.filter((c) => c.topic === topic);
    if (inTopic.length === 0) return [];
    const subs = new Map<string, { id: string; title: string }[]>();
    for (const c of inTopic) subs.set(c.subtopic, [...(subs.get(c.subtopic) ?? []), { id: c.id, title: c.title }]);
    const subtopics = [...subs.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([subtopic, list]) => ({ subtopic, label: labelOf(subtopic), clauses: list.sort((a, b) => a.title.localeCompare(b.title)) }));
    return [{ topic, label: TOPIC_LABELS[topic], count: inTopic.length, subtopics }];
  });
}
