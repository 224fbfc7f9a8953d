import { describe, expect, it, vi } from 'vitest';
import { reminderText } from '../../../src/main/notify/notifier.ts';
import type { PlannedReminder } from '../../../src/shared/reminders/types.ts';
import { dueChecklist } from '../../support/fixtures.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const now = Date.UTC(2026, 3, 1, 8);
/** 24 April 2026, 00:00 in Amsterdam. */
const deadline = Date.UTC(2026, 3, 23, 22);
const checklist = {
  ...dueChecklist('copilot-interaction-data', deadline),
  organisation: 'GitHub Copilot',
  title: { en: 'Interaction data for AI training', nl: 'Interactiegegevens voor AI-training' },
};
const announce: PlannedReminder = {
  key: 'copilot-interaction-data:announce:2026-04-01T08:00:00.000Z',
  checklistId: checklist.id,
  kind: 'announce',
  instant: now,
  occurrence: now,
  urgency: 3_000_000,
  deadline,
};
const content = {
  reminder: announce,
  checklist,
  progress: { steps: {} },
  preferredPlatform: null,
  otherChecklistIds: [],
};

describe('the announcement of a new checklist', () => {
  it('reads "New: … — switch off before <day>" in English', () => {
    expect(reminderText(content, 'en', now, 'Europe/Amsterdam')).toEqual({
      title: 'New: GitHub Copilot — switch off before 24 April',
      body: 'Interaction data for AI training\nNext step: Open the privacy page',
    });
  });

  it('and in Dutch, with a digest count', () => {
    expect(
      reminderText({ ...content, otherChecklistIds: ['b', 'c'] }, 'nl', now, 'Europe/Amsterdam'),
    ).toEqual({
      title: 'Nieuw: GitHub Copilot — zet het uit vóór 24 april',
      body: 'Interactiegegevens voor AI-training\nVolgende stap: Open de privacypagina\nNog 2 vragen aandacht.',
    });
  });

  it('names the year when the deadline is in another year', () => {
    const text = reminderText(content, 'en', Date.UTC(2025, 11, 1), 'Europe/Amsterdam');
    expect(text.title).toBe('New: GitHub Copilot — switch off before 24 April 2026');
  });
});
