/**
 * Whether this email belongs to an operator listed in PACTUM_ADMIN_EMAILS (comma-separated): they
 * may sign everyone out. Negotiation roles grant nothing here.
 */
export function isAdminEmail(email: string): boolean {
  return (process.env.PACTUM_ADMIN_EMAILS ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .includes(email.toLowerCase());
}
