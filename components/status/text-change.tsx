/** Words removed (struck through) and added (underlined) since a clause was agreed. */
export function TextChange({ parts }: { parts: { op: 'equal' | 'insert' | 'delete'; text: string }[] }) {
  return (
    <p className="mt-1 leading-relaxed">
      <span className="sr-only">Difference since the agreed text: </span>
      {parts.map((p, i) =>
        p.op === 'insert' ? (
          <ins key={i} className="bg-green-100 text-green-900 underline">
            <span className="sr-only">added: </span>
            {p.text}
          </ins>
        ) : p.op === 'delete' ? (
          <del key={i} className="bg-red-100 text-red-900">
            <span className="sr-only">removed: </span>
            {p.text}
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
