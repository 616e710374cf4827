import { BackLink } from '@/components/ui/back-link';
import { ui } from '@/components/ui/styles';

/** Shown with HTTP 403 to members whose role lacks `audit.read`. */
export default function AuditForbidden() {
  return (
    <div role="alert" className={`${ui.card} mx-auto mt-6 max-w-lg`}>
      <h1 className="text-xl font-semibold">The activity log is not available to you</h1>
      <p className="mt-2 text-sm text-muted">Your role in this negotiation does not include the audit trail (403). If you need it, ask the convener.</p>
      <BackLink segments={1} className={`${ui.button} mt-5`}>Back to the negotiation</BackLink>
    </div>
  );
}
