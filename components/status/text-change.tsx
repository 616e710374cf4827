import { useTranslations } from 'next-intl';

/** Words removed (struck through) and added (underlined) since a clause was agreed. */
export function TextChange({ parts }: { parts: { op: 'equal' | 'insert' | 'delete'; text: string }[] }) {
  const t = useTranslations('status');
  return (
    <p className="mt-1 leading-relaxed">
      <span className="sr-only">{t('diffSr')}</span>
      {parts.map((p, i) =>
        p.op === 'insert' ? (
          <ins key={i} className="bg-green-100 text-green-900 underline">
            <span className="sr-only">{t('added')}</span>
            {p.text}
          </ins>
        ) : p.op === 'delete' ? (
          <del key={i} className="bg-red-100 text-red-900">
            <span className="sr-only">{t('removed')}</span>
            {p.text}
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
