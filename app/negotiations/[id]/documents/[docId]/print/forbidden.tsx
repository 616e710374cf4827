import { BackLink } from '@/components/ui/back-link';
import { ui } from '@/components/ui/styles';

/** Shown with HTTP 403 to members whose role does not include printing or exporting this document. */
export default function PrintForbidden() {
  return (
    <div role="alert" className={`${ui.card} mx-auto mt-6 max-w-lg`}>
      <h1 className="text-xl font-semibold">Printing is not available to you</h1>
      <p className="mt-2 text-sm text-muted">Your role in this negotiation does not include printing or exporting this document (403). You can still read it and comment in the document.</p>
      <BackLink segments={1} className={`${ui.button} mt-5`}>Back to the draft</BackLink>
    </div>
  );
}
