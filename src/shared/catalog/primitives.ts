import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { WALL_TIME_PATTERN } from '../constants.ts';
import { checkHttpsUrl } from './https-url.ts';
import { LIMITS } from './limits.ts';
import { isCountryCode, isRegionCode } from './regions.ts';

/** Issue codes this module adds to zod's own; the UI localizes them. */
export type CatalogIssueCode =
  | 'not_https'
  | 'url_credentials'
  | 'invalid_url'
  | 'invalid_slug'
  | 'invalid_date'
  | 'invalid_instant'
  | 'invalid_zone'
  | 'offset_mismatch'
  | 'invalid_region'
  | 'invalid_country'
  | 'blank_text'
  | 'duplicate_id'
  | 'unknown_source'
  | 'no_paths'
  | 'invalid_time';

function issue(code: CatalogIssueCode): { message: string; params: { code: CatalogIssueCode } } {
  return { message: code, params: { code } };
}

/** A lowercase slug such as `linkedin-ai-training`. */
export const slugSchema = z
  .string()
  .max(LIMITS.idLength)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, issue('invalid_slug'));

/** References to the `sources` of the same checklist, by id. */
export const sourceRefsSchema = z.array(slugSchema).min(1).max(LIMITS.sourceRefsPerItem);

/** Non-blank text of at most `max` characters. */
export function textSchema(max: number) {
  return z
    .string()
    .max(max)
    .refine((value) => value.trim().length > 0, issue('blank_text'));
}

/** The same text in English and Dutch; both are required. */
export function localizedSchema(max: number) {
  return z.strictObject({ en: textSchema(max), nl: textSchema(max) });
}

/** An absolute `https:` URL; `javascript:`, `http:`, `file:`, `data:` and credentials are rejected. */
export const httpsUrlSchema = z
  .string()
  .max(LIMITS.urlLength)
  .superRefine((value, ctx) => {
    const code = checkHttpsUrl(value);
    if (code) ctx.addIssue({ code: 'custom', ...issue(code) });
  });

/** A calendar date `YYYY-MM-DD`. */
export const plainDateSchema = z.string().refine((value) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}, issue('invalid_date'));

const INSTANT_PATTERN =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 instant with an explicit offset, e.g. `2025-11-03T00:00:00+01:00`. */
export function isIsoInstant(value: string): boolean {
  if (!INSTANT_PATTERN.test(value)) return false;
  try {
    Temporal.Instant.from(value);
    return true;
  } catch {
    return false;
  }
}

/** An ISO 8601 instant with `Z` or a numeric offset. */
export const isoInstantSchema = z.string().refine(isIsoInstant, issue('invalid_instant'));

/** True for an IANA time-zone name Temporal knows (e.g. `Europe/Amsterdam`). */
export function isTimeZone(zone: string): boolean {
  if (zone.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

/** An IANA time-zone name. */
export const timeZoneSchema = z.string().refine(isTimeZone, issue('invalid_zone'));

/** A deadline: the instant data use starts, plus the zone of the announcing audience. */
export const deadlineSchema = z
  .strictObject({
    instant: isoInstantSchema,
    zone: timeZoneSchema,
    note: localizedSchema(LIMITS.noteLength).optional(),
    sourceIds: sourceRefsSchema.optional(),
  })
  .superRefine((deadline, ctx) => {
    if (!isIsoInstant(deadline.instant) || !isTimeZone(deadline.zone)) return;
    if (deadline.instant.endsWith('Z')) return;
    // The written offset must be the zone's real offset then: catches "+02:00" for a winter date.
    try {
      Temporal.ZonedDateTime.from(`${deadline.instant}[${deadline.zone}]`, { offset: 'reject' });
    } catch {
      ctx.addIssue({ code: 'custom', path: ['instant'], ...issue('offset_mismatch') });
    }
  });

/** A region code: ISO 3166-1 alpha-2 country or group (`EU`, `EEA`, `WORLD`). */
export const regionCodeSchema = z.string().refine(isRegionCode, issue('invalid_region'));

/** An ISO 3166-1 alpha-2 country code. */
export const countryCodeSchema = z.string().refine(isCountryCode, issue('invalid_country'));

/** A local wall-clock time `HH:MM` (24-hour). */
export const wallTimeSchema = z.string().regex(WALL_TIME_PATTERN, issue('invalid_time'));

export { issue as catalogIssue };
