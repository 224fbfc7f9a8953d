/**
 * The update service's rules, with a fake of its narrow `Updater` port (the
 * end-to-end test runs electron-updater's real updater and provider).
 */
import { describe, expect, it, vi } from 'vitest';
import {
  errorCode,
  UPDATE_CHECK_EVERY_MS,
  UPDATE_CHECK_TIMEOUT_MS,
  type Updater,
  UpdateService,
} from '../../../src/main/update/update-service.ts';
import { createTestAppState } from '../../support/app-state.ts';
import { failingWrites } from '../../support/store.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

/** Monday 23 November 2026, 13:00 in Amsterdam. */
const NOW = Date.UTC(2026, 10, 23, 12);
const HOUR = 3_600_000;

/** What the fake update server answers: a version, nothing (unsupported), an error, or never. */
type Answer = { version: string } | null | Error | 'never';

function fakeUpdater(first: Answer) {
  const calls: string[] = [];
  const errorListeners: Array<(error: unknown) => void> = [];
  let latest = first;
  const updater: Updater = {
    checkForUpdates() {
      calls.push('check');
      const answer = latest;
      if (answer === 'never') return new Promise(() => {});
      if (answer instanceof Error) return Promise.reject(answer);
      return Promise.resolve(
        answer && { isUpdateAvailable: answer.version !== '0.1.0', version: answer.version },
      );
    },
    abandonCheck() {
      calls.push('abandon');
    },
    async downloadUpdate(onProgress) {
      calls.push('download');
      onProgress(40.5);
      onProgress(100);
    },
    quitAndInstall() {
      calls.push('install');
    },
    onError(listener) {
      errorListeners.push(listener);
    },
  };
  /** The updater reports an error outside a call (macOS refusing the downloaded update). */
  const reportError = (error: unknown) => {
    for (const listener of errorListeners) listener(error);
  };
  /** The server answers differently from now on. */
  const serve = (answer: Answer) => {
    latest = answer;
  };
  return { updater, calls, reportError, serve };
}

function setup(
  options: {
    consent?: boolean;
    latest?: Answer;
    kind?: 'appimage' | 'package-manager' | 'unpackaged';
    now?: number;
    writes?: ReturnType<typeof failingWrites>;
  } = {},
) {
  const app = createTestAppState({
    now: options.now ?? NOW,
    ...(options.writes ? { createBackingStore: options.writes.createBackingStore } : {}),
  });
  app.state.update((data) => ({
    ...data,
    settings: { ...data.settings, checkAppUpdates: options.consent ?? true },
  }));
  const fake = fakeUpdater(options.latest === undefined ? { version: '0.3.0' } : options.latest);
  const announced: string[] = [];
  let loads = 0;
  const create = () =>
    new UpdateService({
      state: app.state,
      currentVersion: '0.1.0',
      installKind: options.kind ?? 'appimage',
      releasePage: (version) =>
        `https://github.com/o/r/releases/${version ? `tag/v${version}` : 'latest'}`,
      loadUpdater: async () => {
        loads++;
        return fake.updater;
      },
      announce: (version) => announced.push(version),
    });
  return { ...app, service: create(), create, fake, announced, loads: () => loads };
}

describe('the update service', () => {
  it('without consent loads nothing, checks nothing, and is never due', async () => {
    const { service, loads, fake } = setup({ consent: false });
    expect(service.nextCheckAt()).toBe(null);
    expect(service.onWake()).toBe(null);
    await service.checkNow();
    expect(loads()).toBe(0);
    expect(fake.calls).toEqual([]);
    expect(service.status().phase).toBe('off');
  });

  it('checks when due, at most once a day across restarts, and announces a version once', async () => {
    const { service, fake, announced, state, setNow, create } = setup();
    expect(service.nextCheckAt()).toBe(Number.NEGATIVE_INFINITY);
    service.onWake();
    expect(service.status().phase).toBe('checking');
    await vi.waitFor(() => expect(service.isChecking).toBe(false));
    expect(fake.calls).toEqual(['check']);
    expect(service.status()).toMatchObject({
      phase: 'available',
      version: '0.3.0',
      canInstall: true,
      releasePage: 'https://github.com/o/r/releases/tag/v0.3.0',
      lastCheckAt: new Date(NOW).toISOString(),
    });
    expect(announced).toEqual(['0.3.0']);
    expect(state.data.updates).toEqual({
      lastCheck: { at: new Date(NOW).toISOString(), outcome: 'available', version: '0.3.0' },
      announcedVersion: '0.3.0',
    });

    // A day minus a minute later, and after a restart: not due yet.
    setNow(NOW + UPDATE_CHECK_EVERY_MS - 60_000);
    const restarted = create();
    expect(restarted.onWake()).toBe(NOW + UPDATE_CHECK_EVERY_MS);
    expect(restarted.status().phase).toBe('available');
    expect(fake.calls).toEqual(['check']);

    // A day later: checked again, still one notification for this version.
    setNow(NOW + UPDATE_CHECK_EVERY_MS);
    restarted.onWake();
    await vi.waitFor(() => expect(fake.calls).toEqual(['check', 'check']));
    await vi.waitFor(() => expect(restarted.isChecking).toBe(false));
    expect(announced).toEqual(['0.3.0']);
  });

  it('holds the notification through quiet hours and a pause, and not at all with notifications off', async () => {
    // 23:30 in Amsterdam: inside the default quiet hours (22:00–08:00).
    const night = Date.UTC(2026, 10, 23, 22, 30);
    const { service, announced, setNow, state } = setup({ now: night });
    await service.checkNow();
    expect(service.status().phase).toBe('available');
    expect(announced).toEqual([]);
    // 08:00: the next wake-up announces it.
    setNow(Date.UTC(2026, 10, 24, 7));
    service.onWake();
    expect(announced).toEqual(['0.3.0']);

    const paused = setup();
    paused.state.update((data) => ({ ...data, settings: { ...data.settings, paused: true } }));
    await paused.service.checkNow();
    expect(paused.announced).toEqual([]);

    const silent = setup();
    silent.state.update((data) => ({
      ...data,
      settings: { ...data.settings, notificationsEnabled: false },
    }));
    await silent.service.checkNow();
    expect(silent.announced).toEqual([]);
    expect(silent.service.status().phase).toBe('available');
    expect(state.data.updates.announcedVersion).toBe('0.3.0');
  });

  it('says up to date, unsupported (a development build) or failed, with an error code only', async () => {
    const upToDate = setup({ latest: { version: '0.1.0' } });
    await upToDate.service.checkNow();
    expect(upToDate.service.status().phase).toBe('up-to-date');
    expect(upToDate.announced).toEqual([]);

    const unsupported = setup({ latest: null });
    await unsupported.service.checkNow();
    expect(unsupported.service.status().phase).toBe('unsupported');

    const failing = setup({
      latest: Object.assign(new Error('404 at https://example.org/latest.yml'), {
        code: 'HTTP_ERROR_404',
      }),
    });
    await failing.service.checkNow();
    expect(failing.service.status().phase).toBe('failed');
    expect(failing.state.data.updates.lastCheck).toEqual({
      at: new Date(NOW).toISOString(),
      outcome: 'failed',
      error: 'HTTP_ERROR_404',
    });
    // A failure waits a day too: at most one check a day, whatever happened.
    expect(failing.service.nextCheckAt()).toBe(NOW + UPDATE_CHECK_EVERY_MS);
  });

  it('downloads on the user’s word, then installs on restart; after a restart it looks again first', async () => {
    const { service, fake, create, state } = setup();
    await service.checkNow();
    const statuses: string[] = [];
    state.on('changed', () =>
      statuses.push(`${service.status().phase}:${service.status().percent}`),
    );
    await service.download();
    expect(fake.calls).toEqual(['check', 'download']);
    expect(statuses).toContain('downloading:40');
    expect(service.status()).toMatchObject({
      phase: 'downloaded',
      version: '0.3.0',
      percent: null,
    });
    await service.install();
    expect(fake.calls.at(-1)).toBe('install');

    const restarted = create();
    await restarted.download();
    expect(fake.calls.slice(-2)).toEqual(['check', 'download']);
  });

  it('a downloaded update stays ready when consent is withdrawn; nothing else is offered then', async () => {
    const { service, state } = setup();
    await service.checkNow();
    await service.download();
    state.update((data) => ({ ...data, settings: { ...data.settings, checkAppUpdates: false } }));
    expect(service.status().phase).toBe('downloaded');
    const other = setup();
    await other.service.checkNow();
    other.state.update((data) => ({
      ...data,
      settings: { ...data.settings, checkAppUpdates: false },
    }));
    expect(other.service.status().phase).toBe('off');
    expect(() => other.service.download()).toThrow(
      expect.objectContaining({ messageKey: 'error.noUpdate' }),
    );
  });

  it('offers the release page, not a download, where the install cannot replace itself (deb)', async () => {
    const { service, fake } = setup({ kind: 'package-manager' });
    await service.checkNow();
    expect(service.status()).toMatchObject({
      phase: 'available',
      canInstall: false,
      releasePage: 'https://github.com/o/r/releases/tag/v0.3.0',
    });
    expect(() => service.download()).toThrow(
      expect.objectContaining({ messageKey: 'error.noUpdate' }),
    );
    expect(fake.calls).toEqual(['check']);
  });

  it('reports a failed download as a user-facing error and offers the download again', async () => {
    const { service, fake, state } = setup();
    await service.checkNow();
    fake.updater.downloadUpdate = async () => {
      throw Object.assign(new Error('sha512 checksum mismatch'), { code: 'ERR_CHECKSUM_MISMATCH' });
    };
    await expect(service.download()).rejects.toMatchObject({ messageKey: 'error.updateDownload' });
    expect(service.status().phase).toBe('available');
    expect(state.data.updates.lastCheck?.outcome).toBe('available');
  });

  it('leaves a version the OS refused to install after its download to the release page', async () => {
    const { service, fake } = setup();
    await service.checkNow();
    // An error while checking is the check's own (it rejects): not a refusal to install.
    fake.reportError(new Error('while checking'));
    expect(service.status().phase).toBe('available');
    await service.download();
    fake.reportError(
      Object.assign(new Error('Code signature did not pass validation'), { code: 'ERR_SIGNATURE' }),
    );
    expect(service.status()).toMatchObject({ phase: 'install-failed', version: '0.3.0' });
    expect(() => service.download()).toThrow(
      expect.objectContaining({ messageKey: 'error.noUpdate' }),
    );
    await expect(service.install()).rejects.toMatchObject({ messageKey: 'error.noUpdate' });
  });

  it('checks again at once when the clock went back behind the last check', () => {
    const { service, state, setNow } = setup();
    state.update((data) => ({
      ...data,
      updates: {
        ...data.updates,
        lastCheck: { at: new Date(NOW + 5 * HOUR).toISOString(), outcome: 'up-to-date' },
      },
    }));
    setNow(NOW);
    expect(service.nextCheckAt()).toBe(Number.NEGATIVE_INFINITY);
  });
});

/** Lets every pending promise settle (no timers involved). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Wakes the service on every change, as the scheduler does (at most 50 times, so a loop ends). */
function wakeOnChange(state: ReturnType<typeof setup>['state'], service: UpdateService) {
  let wakes = 0;
  state.on('changed', () => {
    if (++wakes <= 50) service.onWake();
  });
}

describe('the update service when the server fails', () => {
  it('keeps a version it found on offer through a failed check, and says the check failed only when nothing was found', async () => {
    const { service, fake, state, setNow, announced } = setup();
    await service.checkNow();
    expect(service.status()).toMatchObject({ phase: 'available', version: '0.3.0' });
    // The next day the server answers 500 (or the laptop woke before its network).
    fake.serve(Object.assign(new Error('500'), { code: 'HTTP_ERROR_500' }));
    setNow(NOW + UPDATE_CHECK_EVERY_MS);
    await service.checkNow();
    expect(service.status()).toMatchObject({
      phase: 'available',
      version: '0.3.0',
      lastCheckAt: new Date(NOW + UPDATE_CHECK_EVERY_MS).toISOString(),
    });
    expect(state.data.updates.lastCheck).toEqual({
      at: new Date(NOW + UPDATE_CHECK_EVERY_MS).toISOString(),
      outcome: 'failed',
      error: 'HTTP_ERROR_500',
      version: '0.3.0',
    });
    await expect(service.download()).resolves.toBeUndefined();
    expect(announced).toEqual(['0.3.0']);
    // Nothing found before: a failed check is just that.
    const fresh = setup({ latest: { version: '0.1.0' } });
    await fresh.service.checkNow();
    fresh.fake.serve(new Error('offline'));
    fresh.setNow(NOW + UPDATE_CHECK_EVERY_MS);
    await fresh.service.checkNow();
    expect(fresh.service.status()).toMatchObject({ phase: 'failed', version: null });
    expect(fresh.state.data.updates.lastCheck).not.toHaveProperty('version');
  });

  it('ends a check the server never answers after a minute, as failed, and asks anew at the next one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { service, fake, state, setNow } = setup({ latest: 'never' });
      const check = service.checkNow();
      expect(service.status().phase).toBe('checking');
      await vi.advanceTimersByTimeAsync(UPDATE_CHECK_TIMEOUT_MS - 1);
      expect(service.isChecking).toBe(true);
      await vi.advanceTimersByTimeAsync(1);
      await check;
      expect(service.isChecking).toBe(false);
      expect(service.status().phase).toBe('failed');
      expect(state.data.updates.lastCheck).toMatchObject({ outcome: 'failed', error: 'timeout' });
      expect(fake.calls).toEqual(['check', 'abandon']);
      // A day later the server answers again: a new request, not the old one awaited.
      fake.serve({ version: '0.3.0' });
      setNow(NOW + UPDATE_CHECK_EVERY_MS);
      expect(service.onWake()).toBe(null);
      await vi.waitFor(() => expect(service.status().phase).toBe('available'));
      expect(fake.calls).toEqual(['check', 'abandon', 'check']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads "v0.3.0" in a release file as version 0.3.0', async () => {
    const { service, state } = setup({ latest: { version: 'v0.3.0' } });
    await service.checkNow();
    expect(service.status()).toMatchObject({
      phase: 'available',
      version: '0.3.0',
      releasePage: 'https://github.com/o/r/releases/tag/v0.3.0',
    });
    expect(state.data.updates.lastCheck?.version).toBe('0.3.0');
  });
});

describe('the update service when its result cannot be saved', () => {
  it('checks once, keeps the result for the run and is due again a day later, not at once', async () => {
    const writes = failingWrites();
    const { service, fake, state, setNow, announced } = setup({ writes });
    writes.setFailing(true);
    wakeOnChange(state, service);
    service.onWake();
    await settle();
    expect(fake.calls).toEqual(['check']);
    expect(state.data.updates.lastCheck).toBeNull();
    expect(service.status()).toMatchObject({
      phase: 'available',
      version: '0.3.0',
      lastCheckAt: new Date(NOW).toISOString(),
    });
    expect(service.nextCheckAt()).toBe(NOW + UPDATE_CHECK_EVERY_MS);
    // The announcement could not be saved either: not shown, and not tried on every wake-up.
    expect(announced).toEqual([]);
    const attempts = writes.attempts();
    setNow(NOW + HOUR);
    service.onWake();
    service.onWake();
    await settle();
    expect(fake.calls).toEqual(['check']);
    expect(writes.attempts()).toBe(attempts);

    setNow(NOW + UPDATE_CHECK_EVERY_MS);
    service.onWake();
    await settle();
    expect(fake.calls).toEqual(['check', 'check']);
  });

  it('takes a version the store cannot hold (over 64 characters) as a failed check, retried a day later', async () => {
    const { service, fake, state } = setup({ latest: { version: `0.3.0-${'a'.repeat(80)}` } });
    wakeOnChange(state, service);
    service.onWake();
    await settle();
    expect(fake.calls).toEqual(['check']);
    expect(state.data.updates.lastCheck).toEqual({
      at: new Date(NOW).toISOString(),
      outcome: 'failed',
      error: 'invalid-version',
    });
    expect(service.status()).toMatchObject({ phase: 'failed', version: null });
    expect(service.nextCheckAt()).toBe(NOW + UPDATE_CHECK_EVERY_MS);
  });
});

describe('errorCode', () => {
  it('keeps codes and names, never messages', () => {
    expect(errorCode(Object.assign(new Error('at https://x'), { code: 'ENOTFOUND' }))).toBe(
      'ENOTFOUND',
    );
    expect(errorCode(new TypeError('bad https://x'))).toBe('TypeError');
    expect(errorCode({ code: 'has spaces and https://x' })).toBe('Error');
    expect(errorCode('text')).toBe('Error');
  });
});
