/** Shortest password accepted (lib/auth/password-policy.ts); its own module so client forms can show it. */
export const MIN_PASSWORD_LENGTH = 12;
