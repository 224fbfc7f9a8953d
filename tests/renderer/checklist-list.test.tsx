import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './support/render-app.tsx';
import { builtin, snapshot, view } from './support/snapshots.ts';

afterEach(cleanup);

const cards = () =>
  within(screen.getByRole('list', { name: 'Your opt-out checklists' }))
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

  it('hides done and not-relevant checklists until the filters ask for them', async () => {
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
    expect(cards()).toHaveLength(1);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Done (1)' }));
    expect(cards()).toHaveLength(2);
    expect(cards()[1]).toContain('Done');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Not relevant (2)' }));
    expect(cards()).toHaveLength(4);
    expect(cards().join()).toContain('Other region');
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

  it('says when nothing is open', async () => {
    await renderApp(
      snapshot({
        checklists: [view(builtin('meta-ai-training'), { status: 'done', urgency: 'finished' })],
      }),
    );
    expect(screen.getByText('Nothing open right now. Well done.')).toBeTruthy();
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
});
