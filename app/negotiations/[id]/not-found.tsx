import Link from 'next/link';
import { ui } from '@/components/ui/styles';

/** A document that does not exist or is private to another team (the two look the same on purpose). */
export default function DocumentNotFound() {
  return (
    <div className={`${ui.card} mx-auto max-w-lg`}>
      <h1 className="text-xl font-semibold">This document is not available to you</h1>
      <p className="mt-2 text-sm text-muted">It may have been removed, or it is private to another delegation or to the mediation team.</p>
      <Link href="/negotiations" className={`${ui.button} mt-5`}>Back to your negotiations</Link>
    </div>
  );
}
