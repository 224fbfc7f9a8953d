import type { Checklist } from './schema.ts';
import { oneLine } from './visible-text.ts';

type Named = Pick<Checklist, 'organisation' | 'title'>;

/**
 * True when the title already names the organisation ("LinkedIn: AI
 * training" of LinkedIn), so nothing should put the organisation before it
 * again.
 */
export function titleNamesOrganisation(checklist: Named, locale: 'en' | 'nl'): boolean {
  const title = checklist.title[locale].trim().toLocaleLowerCase(locale);
  const organisation = checklist.organisation.trim().toLocaleLowerCase(locale);
  return organisation === '' || title.startsWith(organisation);
}

/** "ChatGPT: ads and marketing": a title that leads with its own subject and a colon. */
const OWN_SUBJECT = /^[^:]{1,40}: /u;

/**
 * The checklist's name wherever it stands alone (notification titles, the
 * calendar, the tray): its title, with the organisation in front only when
 * the title does not start with it — never "Meta: Meta: …" — and does not
 * lead with a subject of its own — never "OpenAI: ChatGPT: …".
 * On one line, without invisible formatting: these places do not isolate
 * it, so a bidi override in a pack's title would turn the words after it
 * around ("— 2 days left" read backwards), and a line break would split a
 * tray line.
 */
export function checklistName(checklist: Named, locale: 'en' | 'nl'): string {
  const title = checklist.title[locale];
  return oneLine(
    titleNamesOrganisation(checklist, locale) || OWN_SUBJECT.test(title)
      ? title
      : `${checklist.organisation}: ${title}`,
  );
}
