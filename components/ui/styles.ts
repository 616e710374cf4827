/** Shared class lists so buttons and fields look the same everywhere. */
export const ui = {
  button:
    'inline-flex items-center justify-center gap-2 rounded-md bg-accent px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-[#0b3c66] disabled:cursor-not-allowed disabled:opacity-60',
  buttonSecondary:
    'inline-flex items-center justify-center gap-2 rounded-md border border-gray-400 bg-white px-3 py-2 text-sm font-medium text-ink hover:bg-gray-50 disabled:cursor-not-allowed disabled:opacity-60',
  buttonDanger:
    'inline-flex items-center justify-center gap-2 rounded-md border border-red-700 bg-white px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-60',
  input: 'mt-1 block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-ink aria-[invalid=true]:border-red-700',
  label: 'block text-sm font-medium text-ink',
  card: 'rounded-lg border border-line bg-white p-5 shadow-sm',
  h2: 'text-lg font-semibold text-ink',
  link: 'font-medium text-accent underline decoration-1 underline-offset-2 hover:decoration-2',
} as const;
