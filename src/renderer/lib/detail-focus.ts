/** Ids of a checklist detail's controls that focus moves to when the one pressed leaves the page. */
export const DETAIL_FOCUS = {
  doneElsewhere: 'detail-done-elsewhere',
  notRelevant: 'detail-not-relevant',
  reopen: 'detail-reopen',
  status: 'detail-status',
} as const;

/** Finds an element by id when asked (after the next render), not now. */
export const byId = (id: string) => () => document.getElementById(id);

/** The first unticked step of the path on show, where "walk me through it" starts. */
export function firstOpenStep(): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    '[role="tabpanel"] input[type="checkbox"]:not(:checked)',
  );
}
