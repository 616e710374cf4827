'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/**
 * A link to this page's parent, `segments` path segments up: for pages such as forbidden.tsx, which
 * get no params but should still lead back to where the person came from.
 */
export function BackLink({ segments, className, children }: { segments: number; className?: string; children: React.ReactNode }) {
  const parent = usePathname().split('/').slice(0, -segments).join('/') || '/';
  return (
    <Link href={parent} className={className}>
      {children}
    </Link>
  );
}
