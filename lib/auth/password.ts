import bcrypt from 'bcryptjs';

const ROUNDS = 10;
export const MIN_PASSWORD_LENGTH = 10;

/** bcryptjs: pure JS (no native build on a fresh machine), well kept, constant-time compare. */
export const hashPassword = (password: string) => bcrypt.hash(password, ROUNDS);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
