import type { z } from 'zod';
import type { HttpsUrlProblem } from './https-url.ts';
import { checklistsImportIssues } from './import-checks.ts';
import { LIMITS } from './limits.ts';
import type { CatalogIssueCode } from './primitives.ts';
import { type ChecklistPack, checklistPackSchema } from './schema.ts';

/**
 * Our own codes (see {@link CatalogIssueCode}) plus zod's issue codes
 * (`invalid_type`, `too_big`, `too_small`, `unrecognized_keys`, `invalid_value`, …).
 */
export type DocumentIssueCode =
  | CatalogIssueCode
  | HttpsUrlProblem
  | 'punycode_host'
  | 'invisible_text'
  | 'forbidden_key'
  | 'too_deep'
  | 'too_large'
  | 'invalid_json'
  | z.core.$ZodIssue['code'];

/**
 * Why an untrusted document (a checklist pack, a backup) was rejected: a
 * stable code the UI localizes, and where in the document.
 */
export interface DocumentIssue {
  readonly code: DocumentIssueCode;
  /** Path into the document, e.g. `['checklists', 0, 'paths', 'web', 'steps', 2, 'link']`. */
  readonly path: readonly (string | number)[];
  /** Extra values for the message, e.g. `{ maximum: 30 }`. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export type PackParseResult =
  | { readonly ok: true; readonly pack: ChecklistPack }
  | { readonly ok: false; readonly issues: readonly DocumentIssue[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ISSUES = 50;

/** Finds `__proto__`-style keys and over-deep nesting before zod sees the document. */
function scanStructure(value: unknown, path: (string | number)[], issues: DocumentIssue[]): void {
  if (issues.length >= MAX_ISSUES || value === null || typeof value !== 'object') return;
  if (path.length > LIMITS.jsonDepth) {
    issues.push({ code: 'too_deep', path: [...path], params: { maximum: LIMITS.jsonDepth } });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      scanStructure(item, [...path, index], issues);
    });
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({ code: 'forbidden_key', path: [...path, key] });
      continue;
    }
    scanStructure((value as Record<string, unknown>)[key], [...path, key], issues);
  }
}

function toDocumentIssue(issue: z.core.$ZodIssue): DocumentIssue {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  if (issue.code === 'custom') {
    const code = (issue.params as { code?: CatalogIssueCode } | undefined)?.code ?? 'custom';
    return { code, path };
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const key = issue.code === 'too_big' ? 'maximum' : 'minimum';
    const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum;
    return { code: issue.code, path, params: { [key]: Number(limit), origin: issue.origin } };
  }
  if (issue.code === 'unrecognized_keys') {
    return { code: issue.code, path, params: { keys: issue.keys.join(', ') } };
  }
  return { code: issue.code, path };
}

/** The outcome of validating an untrusted document against a schema. */
export type DocumentParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly DocumentIssue[] };

/**
 * Validates an untrusted, already JSON-parsed document: `__proto__`-style
 * keys and over-deep nesting are refused before the schema sees it. Never
 * throws; returns the typed value or up to 50 problems with codes and paths.
 */
export function parseUntrustedJson<T>(json: unknown, schema: z.ZodType<T>): DocumentParseResult<T> {
  const issues: DocumentIssue[] = [];
  scanStructure(json, [], issues);
  if (issues.length > 0) return { ok: false, issues };
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.slice(0, MAX_ISSUES).map(toDocumentIssue) };
}

/** Like {@link parseUntrustedJson}, from a file's text, size-capped before parsing. */
export function parseUntrustedJsonText<T>(
  text: string,
  schema: z.ZodType<T>,
  maxLength: number,
): DocumentParseResult<T> {
  if (text.length > maxLength)
    return { ok: false, issues: [{ code: 'too_large', path: [], params: { maximum: maxLength } }] };
  let json: unknown;
  try {
    // Windows editors (Notepad, PowerShell's Out-File) start UTF-8 files with a byte order mark.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, issues: [{ code: 'invalid_json', path: [] }] };
  }
  return parseUntrustedJson(json, schema);
}

function toPackResult(result: DocumentParseResult<ChecklistPack>): PackParseResult {
  if (!result.ok) return result;
  const issues = checklistsImportIssues(result.value.checklists, ['checklists']);
  return issues.length > 0
    ? { ok: false, issues: issues.slice(0, MAX_ISSUES) }
    : { ok: true, pack: result.value };
}

/**
 * Validates an already JSON-parsed checklist pack. Never throws: returns the
 * typed pack, or every problem found (up to 50) with a code and a path —
 * including what the import checks refuse (see `checklistImportIssues`).
 */
export function parseChecklistPack(json: unknown): PackParseResult {
  return toPackResult(parseUntrustedJson(json, checklistPackSchema));
}

/** Like {@link parseChecklistPack}, from the text of a file (size-capped before parsing). */
export function parseChecklistPackText(text: string): PackParseResult {
  return toPackResult(parseUntrustedJsonText(text, checklistPackSchema, LIMITS.packTextLength));
}
