import Link from 'next/link';
import { ui } from '@/components/ui/styles';

/** A negotiation that does not exist or that the reader is not a member of (the two look the same on purpose). */
export default function NegotiationNotFound() {
  return (
    <div className={`${ui.card} mx-auto max-w-lg`}>
      <h1 className="text-xl font-semibold">This negotiation is not available to you</h1>
      <p className="mt-2 text-sm text-muted">
        It may not exist, or you are not a member of it. If you expected access, ask its convener to invite you.
      </p>
      <Link href="/negotiations" className={`${ui.button} mt-5`}>Back to your negotiations</Link>
    </div>
  );
}
