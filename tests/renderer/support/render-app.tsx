import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../src/renderer/components/app.tsx';
import type { StateSnapshot } from '../../../src/shared/ipc.ts';
import { createFakeApi, type FakeApi } from './fake-api.ts';
import { snapshot } from './snapshots.ts';

/** Renders the whole window against a fake API and waits for the first snapshot. */
export async function renderApp(initial: StateSnapshot = snapshot()): Promise<FakeApi> {
  const fake = createFakeApi(initial);
  render(<App api={fake.api} />);
  await screen.findByRole('heading', { level: 1 });
  return fake;
}

/** Opens a checklist's detail from the list by its title, as a user would. */
export async function openDetail(title: string) {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  fireEvent.click(screen.getByRole('button', { name: new RegExp(escaped) }));
  return screen.findByRole('heading', { level: 1, name: title });
}
