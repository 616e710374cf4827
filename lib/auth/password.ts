import bcrypt from 'bcryptjs';

export const BCRYPT_ROUNDS = 10;
export { MIN_PASSWORD_LENGTH } from './password-length';

/** bcryptjs: pure JS (no native build on a fresh machine), well kept, constant-time compare. */
export const hashPassword = (password: string) => bcrypt.hash(password, BCRYPT_ROUNDS);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
