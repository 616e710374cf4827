import Link from 'next/link';
import { ui } from '@/components/ui/styles';

/** Unknown addresses. */
export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-lg px-6 py-20 outline-none">
      <div className={ui.card}>
        <h1 className="text-xl font-semibold">We could not find that page</h1>
        <p className="mt-2 text-sm text-muted">The address may be mistyped, or the page was moved.</p>
        <Link href="/negotiations" className={`${ui.button} mt-5`}>Go to your negotiations</Link>
      </div>
    </main>
  );
}
