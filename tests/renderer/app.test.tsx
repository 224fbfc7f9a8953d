import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/renderer/components/app.tsx';
import { createFakeApi } from './support/fake-api.ts';
import { renderApp } from './support/render-app.tsx';
import { snapshot } from './support/snapshots.ts';

afterEach(cleanup);

describe('<App>', () => {
  it('shows the list it gets from main', async () => {
    await renderApp();
    screen.getByRole('heading', { level: 1, name: 'Your opt-out checklists' });
    screen.getByRole('button', { name: /LinkedIn: AI training/ });
    expect(document.documentElement.lang).toBe('en');
  });

  it('re-renders from a pushed snapshot, e.g. in Dutch, and sets the document language', async () => {
    const fake = await renderApp();
    fake.push({ ...snapshot(), locale: 'nl' });
    screen.getByRole('heading', { level: 1, name: 'Je opt-out-checklists' });
    screen.getByRole('button', { name: /LinkedIn: AI-training/ });
    expect(document.documentElement.lang).toBe('nl');
  });

  it('ignores a pushed snapshot older than the one shown', async () => {
    const fake = await renderApp();
    const shown = fake.current();
    fake.push({ ...shown, sequence: shown.sequence - 1, locale: 'nl' });
    screen.getByRole('heading', { level: 1, name: 'Your opt-out checklists' });
  });

  it('shows a newer snapshot taken after the clock went back two hours', async () => {
    const fake = await renderApp();
    const shown = fake.current();
    fake.push({
      ...shown,
      sequence: shown.sequence + 1,
      now: shown.now - 2 * 3_600_000,
      locale: 'nl',
    });
    screen.getByRole('heading', { level: 1, name: 'Je opt-out-checklists' });
  });

  it('shows the localized error main returned', async () => {
    const fake = createFakeApi(snapshot());
    fake.failNext('getState', {
      code: 'internal',
      messageKey: 'error.internal',
      message: 'Er ging iets mis.',
    });
    render(<App api={fake.api} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Er ging iets mis.');
  });

  it('says so when the page runs without the app behind it', () => {
    render(<App api={undefined} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Opt-out Reminder is not reachable from this page.',
    );
  });

  it('opens a checklist when main asks (tray line, notification click)', async () => {
    const fake = await renderApp();
    fake.showChecklist('meta-ai-training');
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Meta: object to AI training',
    });
    expect(document.activeElement).toBe(heading);
  });

  it('shows a failed request in an alert with main’s message and details, dismissable', async () => {
    const fake = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: /LinkedIn: AI training/ }));
    await screen.findByRole('heading', { level: 1, name: 'LinkedIn: AI training' });
    fake.failNext('dismiss', {
      code: 'read-only',
      messageKey: 'error.internal',
      message: 'Cannot save right now.',
      details: ['The data file is read-only.'],
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Not relevant to me' }));
    });
    const alert = screen
      .getAllByRole('alert')
      .find((element) => element.textContent?.includes('Cannot save right now.'));
    expect(alert?.textContent).toContain('The data file is read-only.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Cannot save right now.')).toBeNull();
  });

  it('moves between the sections with the navigation, marking the current one', async () => {
    await renderApp();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Settings');
    fireEvent.click(screen.getByRole('button', { name: 'Your checklists' }));
    await screen.findByRole('heading', { level: 1, name: 'Your checklists' });
  });
});

it('opens the checklist main asked for before the first snapshot arrived', async () => {
  const fake = createFakeApi(snapshot());
  const { createShowRequests } = await import('../../src/renderer/lib/show-requests.ts');
  const requests = createShowRequests(fake.api);
  fake.showChecklist('meta-ai-training');
  render(<App api={fake.api} showRequests={requests} />);
  await screen.findByRole('heading', { level: 1, name: 'Meta: object to AI training' });
});
