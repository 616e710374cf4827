'use client';

/** Last resort when the root layout itself fails. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '4rem auto', maxWidth: '32rem', padding: '0 1.5rem', color: '#1f2937' }}>
        <main>
          <h1>Pactum could not load</h1>
          <p>Please try again in a moment.</p>
          <button type="button" onClick={() => retry()}>Try again</button>
        </main>
      </body>
    </html>
  );
}
