import { splitParagraphs } from '@/lib/clauses/clause-to-doc';
import { fillPlaceholders } from '@/lib/clauses/placeholders';

/** Clause text as paragraphs, with parties filled and the remaining fields highlighted. */
export function ClauseText({ text, values = {} }: { text: string; values?: Record<string, string> }) {
  return (
    <div className="space-y-2 text-sm leading-relaxed">
      {splitParagraphs(text).map((paragraph, i) => (
        <p key={i} className={/^\([a-z0-9]+\)\s/i.test(paragraph) ? 'ps-4' : undefined}>
          {fillPlaceholders(paragraph, values).map((s, j) =>
            s.type === 'text' ? (
              <span key={j}>{s.text}</span>
            ) : (
              <mark
                key={j}
                className="clause-placeholder rounded bg-amber-100 px-1 font-mono text-[0.85em] text-amber-900 ring-1 ring-amber-300"
              >
                {`{${s.name}}`}
              </mark>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
