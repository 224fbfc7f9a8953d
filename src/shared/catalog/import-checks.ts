import { checkOpenableUrl } from './https-url.ts';
import type { DocumentIssue } from './parse.ts';
import { type Checklist, PLATFORMS } from './schema.ts';
import { isBlankText } from './visible-text.ts';

/**
 * What the schema lets through but an imported or user-made checklist must
 * not hold: a name that shows nothing (only zero-width or other invisible
 * characters), and a link the app would refuse to open (the opener's rule,
 * `checkOpenableUrl`: a punycode or mixed-script host). Checked where
 * checklists come in — packs, backups, feeds, the custom-checklist form —
 * not on the saved file, so data saved by an older version stays readable.
 */
export function checklistImportIssues(
  checklist: Checklist,
  at: readonly (string | number)[],
): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  if (isBlankText(checklist.organisation))
    issues.push({ code: 'invisible_text', path: [...at, 'organisation'] });
  for (const locale of ['en', 'nl'] as const) {
    if (isBlankText(checklist.title[locale]))
      issues.push({ code: 'invisible_text', path: [...at, 'title', locale] });
  }
  const links: [string | undefined, (string | number)[]][] = [
    [checklist.settingsUrl, ['settingsUrl']],
    ...PLATFORMS.flatMap((platform) =>
      (checklist.paths[platform]?.steps ?? []).map(
        (step, index): [string | undefined, (string | number)[]] => [
          step.link,
          ['paths', platform, 'steps', index, 'link'],
        ],
      ),
    ),
    ...checklist.sources.map((source, index): [string | undefined, (string | number)[]] => [
      source.url,
      ['sources', index, 'url'],
    ]),
  ];
  for (const [url, path] of links) {
    const problem = url === undefined ? null : checkOpenableUrl(url);
    if (problem !== null) issues.push({ code: problem, path: [...at, ...path] });
  }
  return issues;
}

/** {@link checklistImportIssues} for a list of checklists at `at` in a document. */
export function checklistsImportIssues(
  checklists: readonly Checklist[],
  at: readonly (string | number)[],
): DocumentIssue[] {
  return checklists.flatMap((checklist, index) => checklistImportIssues(checklist, [...at, index]));
}
