import { isTimeZone } from '../catalog/primitives.ts';

/** The zone used when the OS reports none the app can plan in. */
export const FALLBACK_ZONE = 'UTC';

/** The zone to plan in, and whether it is the fallback for an unusable OS zone. */
export interface UsableZone {
  zone: string;
  isFallback: boolean;
}

/**
 * The zone to plan in from what the OS reports
 * (`Intl.DateTimeFormat().resolvedOptions().timeZone`). With `TZ=` empty,
 * Node and Chromium report `"Etc/Unknown"`, which Temporal and Intl refuse;
 * with a misspelled `TZ=Europe/Amsterdm` they report `undefined` (checked
 * on Node 24). Either way the app falls back to UTC — never a crash at start
 * — and says so (the `zone-unknown` notice).
 */
export function usableZone(reported: string | undefined): UsableZone {
  if (reported !== undefined && isTimeZone(reported)) return { zone: reported, isFallback: false };
  return { zone: FALLBACK_ZONE, isFallback: true };
}
