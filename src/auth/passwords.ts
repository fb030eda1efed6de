/** Password hashes: argon2id with the library's defaults (64 MiB, 3 passes), never anything reversible. */
import argon2 from 'argon2';

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** Passwords this process has checked, decoys included (the login-limit tests count them). */
export const passwordChecks = { count: 0 };

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  passwordChecks.count += 1;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * A hash nobody's password matches, verified when the email is unknown, so a wrong email costs the
 * same time as a wrong password and the answer cannot tell which accounts exist.
 */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoy;
}
