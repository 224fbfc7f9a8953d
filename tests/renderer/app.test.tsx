import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/renderer/components/app.tsx';
import type { IpcResult, OptoutApi, StateSnapshot } from '../../src/shared/ipc.ts';

const snapshot: StateSnapshot = {
  locale: 'en',
  checklists: [
    { id: 'linkedin', organisation: 'LinkedIn', title: { en: 'AI training', nl: 'AI-training' } },
    { id: 'meta', organisation: 'Meta', title: { en: 'Object to AI', nl: 'Bezwaar tegen AI' } },
  ],
};

function fakeApi(result: IpcResult<StateSnapshot>) {
  let push: (next: StateSnapshot) => void = () => {};
  const api: OptoutApi = {
    getState: async () => result,
    onStateChanged(listener) {
      push = listener;
      return () => {
        push = () => {};
      };
    },
  };
  return { api, push: (next: StateSnapshot) => act(() => push(next)) };
}

afterEach(cleanup);

describe('<App>', () => {
  it('shows the checklist titles it gets from main', async () => {
    render(<App api={fakeApi({ ok: true, value: snapshot }).api} />);
    expect(await screen.findByRole('heading', { name: 'Your opt-out checklists' })).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['LinkedInAI training', 'MetaObject to AI']);
  });

  it('re-renders from a pushed snapshot, e.g. in Dutch', async () => {
    const { api, push } = fakeApi({ ok: true, value: snapshot });
    render(<App api={api} />);
    await screen.findByText('AI training');
    push({ ...snapshot, locale: 'nl' });
    expect(screen.getByRole('heading', { name: 'Je opt-out-checklists' })).toBeTruthy();
    expect(screen.getByText('Bezwaar tegen AI')).toBeTruthy();
  });

  it('shows the localized error main returned', async () => {
    const { api } = fakeApi({
      ok: false,
      error: { code: 'internal', messageKey: 'error.internal', message: 'Er ging iets mis.' },
    });
    render(<App api={api} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Er ging iets mis.');
  });

  it('says so when the page runs without the app behind it', () => {
    render(<App api={undefined} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Opt-out Reminder is not reachable from this page.',
    );
  });
});
