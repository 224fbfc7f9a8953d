import { shell } from 'electron';
import { checkOpenableUrl } from '../shared/catalog/https-url.ts';
import type { Checklist } from '../shared/catalog/schema.ts';
import { findChecklist } from './state/catalog.ts';
import type { StoreData } from './store/schema.ts';

/**
 * Returns the URL to open, or null when it must not be opened: the opener's
 * rule (`checkOpenableUrl`: absolute `https:`, no credentials, no punycode
 * host), which imports and the catalog are checked against too.
 */
export function safeExternalUrl(candidate: string): string | null {
  return checkOpenableUrl(candidate) === null ? new URL(candidate).href : null;
}

/** The one place the app opens a browser; refuses anything `safeExternalUrl` refuses. */
export async function openExternalSafely(candidate: string): Promise<boolean> {
  const url = safeExternalUrl(candidate);
  if (url === null) return false;
  await shell.openExternal(url);
  return true;
}

/** What opening a page of a checklist came to. */
export type OpenOutcome = 'opened' | 'no-page' | 'unsafe';

/**
 * Opens one source of a checklist, found by the checklist's id and the
 * source's id: the address comes from the catalog main holds, never from
 * the renderer.
 */
export async function openSource(
  data: StoreData,
  checklistId: string,
  sourceId: string,
): Promise<OpenOutcome> {
  const url = findChecklist(data, checklistId)?.checklist.sources.find(
    (source) => source.id === sourceId,
  )?.url;
  if (!url) return 'no-page';
  return (await openExternalSafely(url)) ? 'opened' : 'unsafe';
}

/** Opens a checklist's settings page in the browser: 'opened', or why not. */
export async function openSettingsPage(data: StoreData, checklistId: string): Promise<OpenOutcome> {
  const url = findChecklist(data, checklistId)?.checklist.settingsUrl;
  if (!url) return 'no-page';
  return (await openExternalSafely(url)) ? 'opened' : 'unsafe';
}

/**
 * The links a checklist's steps show, and its settings page: the only URLs
 * the window may open for it (sources open by id, see `openSource`).
 */
export function checklistLinks(checklist: Checklist): Set<string> {
  const links = Object.values(checklist.paths).flatMap((path) =>
    (path?.steps ?? []).flatMap((step) => (step.link ? [step.link] : [])),
  );
  return new Set([...(checklist.settingsUrl ? [checklist.settingsUrl] : []), ...links]);
}
