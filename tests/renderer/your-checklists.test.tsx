import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type Checklist, checklistSchema } from '../../src/shared/catalog/schema.ts';
import type { StateSnapshot } from '../../src/shared/ipc.ts';
import { renderApp } from './support/render-app.tsx';
import { builtin, snapshot, view } from './support/snapshots.ts';

afterEach(cleanup);

async function openYours(change: Partial<StateSnapshot> = {}) {
  const fake = await renderApp(snapshot(change));
  fireEvent.click(screen.getByRole('button', { name: 'Your checklists' }));
  await screen.findByRole('heading', { level: 1, name: 'Your checklists' });
  return fake;
}

async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('adding a checklist', () => {
  it('checks required fields and https links before asking main, and focuses the first problem', async () => {
    const fake = await openYours();
    await press('Add a checklist');
    await screen.findByRole('heading', { level: 1, name: 'Add a checklist' });
    type('Step 1', 'Open the form');
    type('Link for step 1 (optional, https)', 'http://example.org/form');
    await press('Save');
    expect(fake.callsOf('saveCustomChecklist')).toEqual([]);
    const title = screen.getByLabelText(/^Title/);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title);
    expect(screen.getAllByText('Please fill this in.')).toHaveLength(2);
    const link = screen.getByLabelText('Link for step 1 (optional, https)');
    expect(link.getAttribute('aria-invalid')).toBe('true');
    expect(link.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Links must be full web addresses starting with https://',
    );
  });

  it('says which field is too long before asking main, counting as the schema counts', async () => {
    const fake = await openYours();
    await press('Add a checklist');
    await screen.findByRole('heading', { level: 1, name: 'Add a checklist' });
    const longTitle = `${'Object to training on my posts 🚀 '.repeat(4)}עברית`;
    type(/^Title/, longTitle);
    type(/^Organisation/, 'O'.repeat(81));
    type('Step 1', 'S'.repeat(401));
    await press('Save');
    expect(fake.callsOf('saveCustomChecklist')).toEqual([]);
    const title = screen.getByLabelText(/^Title/);
    expect(document.activeElement).toBe(title);
    expect(document.getElementById(title.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      `Too long: at most 120 characters (this has ${longTitle.trim().length}).`,
    );
    screen.getByText('Too long: at most 80 characters (this has 81).');
    screen.getByText('Too long: at most 400 characters (this has 401).');
    // Shortened to the limit, it saves.
    type(/^Title/, 'T'.repeat(120));
    type(/^Organisation/, 'O'.repeat(80));
    type('Step 1', 'S'.repeat(400));
    await press('Save');
    const [[saved]] = fake.callsOf('saveCustomChecklist') as [[Checklist]];
    expect(checklistSchema.safeParse(saved).error).toBeUndefined();
  });

  it('builds a full checklist the schema accepts, with the deadline in the local zone', async () => {
    const fake = await openYours();
    await press('Add a checklist');
    await screen.findByRole('heading', { level: 1, name: 'Add a checklist' });
    type(/^Title/, 'Object to X using my posts');
    type(/^Organisation/, 'X');
    type('Date', '2026-03-01');
    type('Time', '09:30');
    type('Step 1', 'Open the privacy settings');
    type('Link for step 1 (optional, https)', 'https://x.com/settings/privacy');
    await press('Add a step');
    type('Step 2', 'Untick the Grok box');
    fireEvent.change(screen.getByLabelText('Platform of step 2'), { target: { value: 'ios' } });
    await press('Save');

    const [[checklist]] = fake.callsOf('saveCustomChecklist') as [[Checklist]];
    expect(checklistSchema.safeParse(checklist).error).toBeUndefined();
    expect(checklist).toMatchObject({
      id: 'custom-object-to-x-using-my-posts',
      version: 1,
      organisation: 'X',
      title: { en: 'Object to X using my posts', nl: 'Object to X using my posts' },
      summary: { en: 'Object to X using my posts', nl: 'Object to X using my posts' },
      facts: { used: [], notUsed: [], caveats: [] },
      deadline: { instant: '2026-03-01T09:30:00+01:00', zone: 'Europe/Amsterdam' },
      regions: { include: ['WORLD'] },
      scope: 'account',
      sources: [],
      reviewedOn: '2025-10-31',
      paths: {
        web: {
          steps: [
            {
              id: 'step-1',
              text: { en: 'Open the privacy settings', nl: 'Open the privacy settings' },
              link: 'https://x.com/settings/privacy',
            },
          ],
        },
        ios: {
          steps: [{ id: 'step-1', text: { en: 'Untick the Grok box', nl: 'Untick the Grok box' } }],
        },
      },
    });
    // Saved: the new checklist opens.
    await screen.findByRole('heading', { level: 1, name: 'Object to X using my posts' });
    screen.getByText('You made this checklist yourself.');
  });

  it('shows main’s localized error and its details when saving fails', async () => {
    const fake = await openYours();
    await press('Add a checklist');
    await screen.findByRole('heading', { level: 1, name: 'Add a checklist' });
    type(/^Title/, 'Mine');
    type(/^Organisation/, 'Me');
    type('Step 1', 'Do it');
    fake.failNext('saveCustomChecklist', {
      code: 'invalid-payload',
      messageKey: 'error.invalidPayload',
      message: 'The checklist was not saved.',
      details: ['title.en: too long'],
    });
    await press('Save');
    const alert = screen
      .getAllByRole('alert')
      .find((element) => element.textContent?.includes('The checklist was not saved.'));
    expect(alert?.textContent).toContain('title.en: too long');
    screen.getByRole('heading', { level: 1, name: 'Add a checklist' });
  });

  it('says a link is too long before asking main, for the settings page and a step', async () => {
    const fake = await openYours();
    await press('Add a checklist');
    await screen.findByRole('heading', { level: 1, name: 'Add a checklist' });
    type(/^Title/, 'Mine');
    type(/^Organisation/, 'Me');
    type('Step 1', 'Do it');
    const long = `https://example.org/${'a'.repeat(2048)}`;
    type('Settings page (optional)', long);
    type('Link for step 1 (optional, https)', long);
    await press('Save');
    expect(fake.callsOf('saveCustomChecklist')).toEqual([]);
    const message = `Too long: at most 2048 characters (this has ${long.length}).`;
    for (const label of ['Settings page (optional)', 'Link for step 1 (optional, https)']) {
      const field = screen.getByLabelText(label);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      const described = (field.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent);
      expect(described).toContain(message);
    }
    // At the limit, it saves.
    const atLimit = `https://example.org/${'a'.repeat(2048 - 20)}`;
    type('Settings page (optional)', atLimit);
    type('Link for step 1 (optional, https)', atLimit);
    await press('Save');
    const [[saved]] = fake.callsOf('saveCustomChecklist') as [[Checklist]];
    expect(checklistSchema.safeParse(saved).error).toBeUndefined();
  });

  it('drops main’s earlier refusal once a field check finds a new problem', async () => {
    const fake = await openYours();
    await press('Add a checklist');
    await screen.findByRole('heading', { level: 1, name: 'Add a checklist' });
    type(/^Title/, 'Mine');
    type(/^Organisation/, 'Me');
    type('Step 1', 'Do it');
    fake.failNext('saveCustomChecklist', {
      code: 'invalid-payload',
      messageKey: 'error.invalidPayload',
      message: 'The checklist was not saved.',
    });
    await press('Save');
    screen.getByText('The checklist was not saved.');
    type(/^Title/, '');
    await press('Save');
    expect(screen.queryByText('The checklist was not saved.')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Title/));
    expect(fake.callsOf('saveCustomChecklist')).toHaveLength(1);
  });
});

describe('your own checklists', () => {
  const mine: Checklist = {
    ...builtin('x-grok-training'),
    id: 'custom-mine',
    title: { en: 'My deadline', nl: 'My deadline' },
    summary: { en: 'My deadline', nl: 'My deadline' },
    deadline: { instant: '2026-03-01T09:30:00+01:00', zone: 'Europe/Amsterdam' },
  };

  it('edit keeps the id, bumps the version and fills the form from the checklist', async () => {
    const fake = await openYours({
      checklists: [view(mine, { origin: { kind: 'custom' } })],
    });
    await press('Edit My deadline');
    await screen.findByRole('heading', { level: 1, name: 'Edit checklist' });
    expect((screen.getByLabelText(/^Title/) as HTMLInputElement).value).toBe('My deadline');
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2026-03-01');
    expect((screen.getByLabelText('Time') as HTMLInputElement).value).toBe('09:30');
    type(/^Title/, 'My renamed deadline');
    await press('Save');
    const [[saved]] = fake.callsOf('saveCustomChecklist') as [[Checklist]];
    expect(saved.id).toBe('custom-mine');
    expect(saved.version).toBe(mine.version + 1);
    expect(checklistSchema.safeParse(saved).error).toBeUndefined();
  });

  it('delete asks first and calls deleteCustomChecklist', async () => {
    const fake = await openYours({
      checklists: [view(mine, { origin: { kind: 'custom' } })],
    });
    await press('Delete');
    screen.getByText('Delete "My deadline" and its progress?');
    // Focus waits on No, with the question: a second Enter does not delete.
    expect(document.activeElement?.textContent).toBe('No');
    expect(
      document.getElementById(document.activeElement?.getAttribute('aria-describedby') ?? '')
        ?.textContent,
    ).toBe('Delete "My deadline" and its progress?');
    await press('No');
    expect(document.activeElement?.textContent).toBe('Delete');
    await press('Delete');
    await press('Yes');
    expect(fake.callsOf('deleteCustomChecklist')).toEqual([['custom-mine']]);
    screen.getByText('You have not made any checklists yet.');
    // The row went with its button: focus lands on the list's heading, not <body>.
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: 'Checklists you made' }),
    );
  });

  it('Escape while asking cancels, like No, and puts focus back on Delete', async () => {
    const fake = await openYours({
      checklists: [view(mine, { origin: { kind: 'custom' } })],
    });
    await press('Delete');
    const no = screen.getByRole('button', { name: 'No' });
    expect(document.activeElement).toBe(no);
    fireEvent.keyDown(no, { key: 'Escape' });
    expect(screen.queryByText('Delete "My deadline" and its progress?')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Yes' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' }));
    // From Yes too.
    await press('Delete');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Yes' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Yes' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' }));
    expect(fake.callsOf('deleteCustomChecklist')).toEqual([]);
  });

  it('lists imported packs and removes one after asking', async () => {
    const fake = await openYours({
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
      ],
    });
    const packs = screen.getByRole('region', { name: 'Imported packs' });
    expect(within(packs).getByRole('listitem').textContent).toContain(
      'Office pack — office.json, checklists: 1',
    );
    await press('Remove');
    await press('Yes');
    expect(fake.callsOf('removePack')).toEqual([['office']]);
    screen.getByText('No packs imported.');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: 'Imported packs' }),
    );
  });
});

describe('import, export and the calendar', () => {
  it('run through main and say what happened', async () => {
    const fake = await openYours();
    await press('Import a checklist pack…');
    screen.getByText('Imported checklists: 2, from /home/me/pack.json.');
    await press('Export my data…');
    screen.getByText('Saved to /home/me/optout-export.json.');
    await press('Import my data…');
    screen.getByText('Cancelled; nothing changed.');
    await press('Add deadlines to my calendar…');
    screen.getByText(/Calendar file saved to \/home\/me\/deadlines\.ics/);
    expect(fake.calls.map((call) => call.method).slice(-4)).toEqual([
      'importPack',
      'exportData',
      'importData',
      'exportCalendar',
    ]);
  });

  it('say where a restore kept what the user had before', async () => {
    const fake = await openYours();
    fake.answer('importData', {
      status: 'done',
      path: '/home/me/backup.json',
      keptCopy: '/home/me/.config/config.before-import-2026-11-23T12-00-00Z.json',
    });
    await press('Import my data…');
    screen.getByText(
      'Imported your data from /home/me/backup.json. What you had before is kept in /home/me/.config/config.before-import-2026-11-23T12-00-00Z.json.',
    );
  });

  it('show a rejected file’s problems', async () => {
    const fake = await openYours();
    fake.failNext('importPack', {
      code: 'invalid-file',
      messageKey: 'error.invalidPayload',
      message: 'This pack was not imported.',
      details: ['checklists[0].deadline: not a valid instant'],
    });
    await press('Import a checklist pack…');
    const alert = screen
      .getAllByRole('alert')
      .find((element) => element.textContent?.includes('This pack was not imported.'));
    expect(alert?.textContent).toContain('checklists[0].deadline: not a valid instant');
  });
});
