/**
 * Fuzzes every IPC channel through the stand-in's ipcMain against the real
 * handlers and a real store: random and hostile payloads must come back as
 * typed errors, never as exceptions, and must not change what is saved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createAboutActions } from '../../../src/main/about.ts';
import { FeedService } from '../../../src/main/feed/feed-service.ts';
import { createFileActions } from '../../../src/main/files/file-actions.ts';
import { setupIpc } from '../../../src/main/ipc/setup-ipc.ts';
import { Notifier } from '../../../src/main/notify/notifier.ts';
import { UpdateService } from '../../../src/main/update/update-service.ts';
import {
  type InvokeMethod,
  type IpcErrorCode,
  invokeArgs,
  invokeChannels,
  ipcErrorCodes,
} from '../../../src/shared/ipc.ts';
import { createTestAppState } from '../../support/app-state.ts';
import { ipcMain } from '../../support/electron-stand-in/index.ts';
import { testWindowController } from '../../support/window.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const methods = Object.keys(invokeChannels) as InvokeMethod[];

const hostileValue = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withObjectString: true,
  }),
  fc.constantFrom(
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { constructor: { prototype: { polluted: true } } },
    'javascript:alert(1)',
    'file:///etc/passwd',
    '../../../../etc/passwd',
    'linkedin-ai-training',
    { checklistId: 'linkedin-ai-training', url: 'javascript:alert(1)' },
    { checklistId: 'linkedin-ai-training', platform: 'web', stepId: '__proto__', done: true },
    { language: 'xx', startAtLogin: 'yes' },
    'x'.repeat(100_000),
  ),
);

let fileOf: () => string;
let webContentsId: number;

beforeAll(() => {
  const { state, dir } = createTestAppState();
  // Something saved to protect: a ticked step and a changed setting.
  state.update((data) => ({
    ...data,
    progress: { 'meta-ai-training': { steps: {}, dismissedAt: '2026-11-01T00:00:00.000Z' } },
    settings: { ...data.settings, overdueEveryDays: 14 },
  }));
  fileOf = () => readFileSync(join(dir, 'config.json'), 'utf8');
  const windows = testWindowController();
  const notifier = new Notifier({
    locale: () => 'en',
    zone: () => 'Europe/Amsterdam',
    now: () => state.now(),
    supportsActions: false,
    onOpen: () => {},
    onOpenSettingsPage: () => {},
    onRemindTomorrow: () => {},
    onFailed: () => {},
  });
  setupIpc({
    state,
    notifier,
    files: createFileActions(state, () => null),
    isTrustedSender: windows.isTrustedSender,
    setStartAtLogin: () => {},
    // No network in a unit test: every download fails as if offline.
    feeds: async () =>
      new FeedService({
        state,
        config: null,
        fetch: async () => {
          throw new Error('offline');
        },
      }),
    updates: async () =>
      new UpdateService({
        state,
        currentVersion: '0.1.0',
        installKind: 'unpackaged',
        releasePage: () => null,
        loadUpdater: async () => {
          throw new Error('offline');
        },
        announce: () => {},
      }),
    about: createAboutActions({ state }),
  });
  webContentsId = windows.open().webContents.id;
});

describe('IPC fuzzing', () => {
  it('answers every random or hostile payload on every channel with a typed result; invalid ones change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methods),
        fc.array(hostileValue, { maxLength: 4 }),
        async (method, args) => {
          const before = fileOf();
          const result = (await ipcMain.invoke(webContentsId, invokeChannels[method], args)) as {
            ok: boolean;
            error?: { code: IpcErrorCode; message: string };
          };
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(ipcErrorCodes).toContain(result.error?.code);
            expect(result.error?.message).toEqual(expect.any(String));
          }
          if (!invokeArgs[method].safeParse(args).success) {
            expect(result.error?.code).toBe('invalid-payload');
            expect(fileOf()).toBe(before);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 1_500 },
    );
    // 1,500 invocations with a file read each: seconds on a busy 2-core machine.
  }, 60_000);
});
