import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './support/render-app.tsx';
import { builtin, snapshot, view } from './support/snapshots.ts';

afterEach(cleanup);

const cards = (listName = 'Your opt-out checklists') =>
  within(screen.getByRole('list', { name: listName }))
    .getAllByRole('button')
    .map((card) => card.textContent);

describe('the checklist list', () => {
  it('shows organisation, title, state, deadline in words and steps done of the chosen path', async () => {
    await renderApp(
      snapshot({
        platform: { os: 'web', preferred: 'ios' },
        checklists: [
          view(builtin('linkedin-ai-training'), {
            urgency: 'soon',
            progress: { steps: { ios: { 'tap-photo': '2025-10-30T10:00:00.000Z' } } },
          }),
          view(builtin('meta-ai-training'), { urgency: 'overdue' }),
        ],
      }),
    );
    const [linkedin, meta] = cards();
    expect(linkedin).toContain('LinkedIn');
    expect(linkedin).toContain('LinkedIn: AI training');
    expect(linkedin).toContain('Due soon');
    expect(linkedin).toContain('Deadline in 3 days');
    expect(linkedin).toContain('1 of 4 steps (iPhone)');
    expect(meta).toContain('Deadline passed');
    expect(meta).toContain('Deadline passed 157 days ago');
  });

  it('names each card by all its visible text, with pauses between the parts', async () => {
    await renderApp();
    const card = screen.getByRole('button', { name: /LinkedIn: AI training/ });
    expect(card.textContent).toBe(
      'LinkedIn: AI training, Due soon, Deadline in 3 days, 0 of 3 steps (Web)',
    );
  });

  it('keeps main’s order (open ones first, by urgency)', async () => {
    await renderApp(
      snapshot({
        checklists: [
          view(builtin('meta-ai-training'), { urgency: 'overdue' }),
          view(builtin('linkedin-ai-training'), { urgency: 'soon' }),
          view(builtin('x-grok-training'), { urgency: 'none' }),
        ],
      }),
    );
    expect(cards().map((text) => text?.split(':')[0])).toEqual(['Meta', 'LinkedIn', 'X']);
  });

  it('hides done and dismissed checklists until the filters ask for them; other regions apart', async () => {
    await renderApp(
      snapshot({
        checklists: [
          view(builtin('linkedin-ai-training')),
          view(builtin('meta-ai-training'), { status: 'done', urgency: 'finished' }),
          view(builtin('x-grok-training'), { status: 'dismissed', urgency: 'finished' }),
          view(builtin('google-gemini-activity'), { isRelevant: false }),
        ],
      }),
    );
    const main = () => within(screen.getByRole('list', { name: 'Your opt-out checklists' }));
    expect(main().getAllByRole('button')).toHaveLength(1);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Done (1)' }));
    expect(main().getAllByRole('button')).toHaveLength(2);
    expect(main().getAllByRole('button')[1]?.textContent).toContain('Done');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Not relevant (1)' }));
    expect(main().getAllByRole('button')).toHaveLength(3);
    const others = screen.getByRole('list', { name: 'Other regions (1)' });
    expect(within(others).getByRole('button').textContent).toContain('Other region');
  });

  it('keeps a done checklist that needs a re-check in view', async () => {
    await renderApp(
      snapshot({
        checklists: [
          view(builtin('meta-ai-training'), {
            status: 'done',
            urgency: 'finished',
            needsRecheck: true,
          }),
        ],
      }),
    );
    expect(cards()[0]).toContain('Check again');
  });

  it('says "All set" when nothing that concerns the user is open: what was done, and the next re-check', async () => {
    await renderApp(
      snapshot({
        checklists: [
          view(builtin('meta-ai-training'), {
            status: 'done',
            urgency: 'finished',
            progress: {
              steps: {},
              completedAt: '2025-10-20T09:00:00.000Z',
              completedHow: 'path:web',
            },
          }),
          view(builtin('linkedin-ai-training'), {
            status: 'done',
            urgency: 'finished',
            progress: {
              steps: {},
              completedAt: '2025-10-30T09:00:00.000Z',
              completedHow: 'elsewhere',
              recheckedAt: '2025-10-31T09:00:00.000Z',
            },
          }),
          view(builtin('anthropic-claude-training'), {
            status: 'dismissed',
            urgency: 'finished',
          }),
          view(builtin('x-grok-training'), { urgency: 'none', isRelevant: false }),
        ],
      }),
    );
    const allSet = screen.getByRole('region', { name: 'All set' });
    expect(
      within(allSet)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Meta: object to AI training: done on Web, 20 October 2025',
      'LinkedIn: AI training: done, 30 October 2025',
    ]);
    expect(allSet.textContent).toContain('1 checklist marked not for you.');
    expect(allSet.textContent).toContain(
      'Next re-check: 18 April 2026 (Meta: object to AI training).',
    );
    expect(screen.queryByText('Nothing open right now. Well done.')).toBeNull();
  });

  it('is not "All set" while a checklist of the region is open', async () => {
    await renderApp(snapshot());
    expect(screen.queryByRole('region', { name: 'All set' })).toBeNull();
  });

  it('marks imported and custom entries', async () => {
    await renderApp(
      snapshot({
        checklists: [
          view(builtin('meta-ai-training'), {
            origin: {
              kind: 'pack',
              packId: 'office',
              packName: 'Office pack',
              fileName: 'office.json',
              importedAt: '2025-10-01T10:00:00.000Z',
            },
          }),
          view({ ...builtin('x-grok-training'), id: 'custom-x' }, { origin: { kind: 'custom' } }),
        ],
      }),
    );
    expect(cards()[0]).toContain('Imported');
    expect(cards()[1]).toContain('Your own');
  });

  it('opens a checklist and returns focus to it on the way back', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: /LinkedIn: AI training/ }));
    await screen.findByRole('heading', { level: 1, name: 'LinkedIn: AI training' });
    fireEvent.click(screen.getByRole('button', { name: '← All checklists' }));
    expect(document.activeElement?.id).toBe('card-linkedin-ai-training');
  });

  it('shows snoozed checklists with the time they come back', async () => {
    await renderApp(
      snapshot({
        checklists: [
          view(builtin('linkedin-ai-training'), {
            snoozedUntil: Date.parse('2025-11-01T09:00:00+01:00'),
          }),
        ],
      }),
    );
    expect(cards()[0]).toContain('Snoozed until 1 November 2025 at 09:00');
  });

  it('says when a snooze was shortened so it does not pass the deadline, in English and Dutch', async () => {
    const capped = view(builtin('linkedin-ai-training'), {
      snoozedUntil: Date.parse('2025-11-02T22:00:00+01:00'),
      isSnoozeCapped: true,
    });
    await renderApp(snapshot({ checklists: [capped] }));
    expect(cards()[0]).toContain('Snoozed until 2 November 2025 at 22:00 — not past the deadline');
    cleanup();
    await renderApp(snapshot({ locale: 'nl', checklists: [capped] }));
    expect(cards('Je opt-out-checklists')[0]).toContain(
      'Gesnoozed tot 2 november 2025 om 22:00 — niet voorbij de deadline',
    );
  });
});
