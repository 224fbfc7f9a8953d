/**
 * The schema version this build writes. Older files are migrated; newer ones
 * are left alone. Apart from schema.ts so that the tray's first drawing can
 * check a file's version without loading zod (see tray-preview.ts).
 */
export const CURRENT_SCHEMA_VERSION = 1;
