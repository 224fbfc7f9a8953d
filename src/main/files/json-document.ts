import type { z } from 'zod';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonDocumentResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      problems: string[];
      reason: 'too-large' | 'not-json' | 'forbidden-key' | 'invalid';
    };

/**
 * Parses an untrusted JSON file against a schema: size-capped before
 * parsing, prototype-pollution keys refused outright, then validated whole.
 * Problems are `path: message` strings for the user to read.
 */
export function parseJsonDocument<T>(
  text: string,
  schema: z.ZodType<T>,
  maxBytes: number,
): JsonDocumentResult<T> {
  if (Buffer.byteLength(text) > maxBytes)
    return { ok: false, reason: 'too-large', problems: [`> ${maxBytes} bytes`] };
  const forbidden: string[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden.push(key);
      return value;
    });
  } catch (error) {
    return { ok: false, reason: 'not-json', problems: [(error as Error).message] };
  }
  if (forbidden.length > 0)
    return { ok: false, reason: 'forbidden-key', problems: [...new Set(forbidden)] };
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    reason: 'invalid',
    problems: parsed.error.issues
      .slice(0, 20)
      .map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`),
  };
}
