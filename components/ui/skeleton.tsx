/** A grey placeholder block while a page loads (announced once through the status region). */
export function SkeletonBlock({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded-md bg-gray-200 ${className}`} />;
}

/** A loading page: a status line for screen readers and a few placeholder blocks. */
export function PageSkeleton({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <p role="status" className="sr-only">
        {label}
      </p>
      {children}
    </div>
  );
}
