import { EventEmitter } from 'node:events';
import type { Platform } from '../../shared/catalog/schema.ts';
import { type Locale, resolveLocale } from '../../shared/i18n/index.ts';
import type { Notice, NoticeKind, StateSnapshot } from '../../shared/ipc.ts';
import { log } from '../log.ts';
import { type StoreRepository, StoreWriteError } from '../store/repository.ts';
import type { StoreData } from '../store/schema.ts';
import { UserFacingError } from './errors.ts';
import { buildSnapshot, type FeedInfo } from './snapshot.ts';

export interface AppStateEnvironment {
  now(): number;
  /** The user's IANA zone, read from the OS each time (it can change while running). */
  zone(): string;
  systemLanguages(): readonly string[];
  osPlatform: Platform;
}

/**
 * The app's single source of truth in main: the store plus what lives only
 * for this run. Every saved change goes through `update`, which persists
 * first and then emits `changed` once; run-only state (transient notices,
 * what was due at the welcome) emits `changed` when it changes. Tray,
 * scheduler and window re-render from the same snapshot either way.
 */
export class AppState extends EventEmitter<{ changed: [] }> {
  readonly #repository: StoreRepository;
  readonly #environment: AppStateEnvironment;
  #transientNotices: Notice[] = [];
  #welcomeDue: string[] = [];
  #feedInfo: () => FeedInfo = () => ({ projectUrl: null, isChecking: false });
  /** Counts changes; snapshots carry it so the window orders them without trusting the clock. */
  #sequence = 0;

  constructor(repository: StoreRepository, environment: AppStateEnvironment) {
    super();
    this.#repository = repository;
    this.#environment = environment;
  }

  get data(): StoreData {
    return this.#repository.read();
  }

  get repository(): StoreRepository {
    return this.#repository;
  }

  now(): number {
    return this.#environment.now();
  }

  zone(): string {
    return this.#environment.zone();
  }

  locale(): Locale {
    return resolveLocale(this.data.settings.language, this.#environment.systemLanguages());
  }

  snapshot(): StateSnapshot {
    return buildSnapshot(this.data, {
      sequence: this.#sequence,
      now: this.now(),
      zone: this.zone(),
      locale: this.locale(),
      osPlatform: this.#environment.osPlatform,
      transientNotices: this.#transientNotices,
      welcomeDue: this.#welcomeDue,
      isReadOnly: this.#repository.isReadOnly,
      dataFile: this.#repository.path,
      feedInfo: this.#feedInfo(),
    });
  }

  /** Lets the snapshot show the feeds once their (lazily loaded) service runs. */
  setFeedInfo(info: () => FeedInfo): void {
    this.#feedInfo = info;
    this.#changed();
  }

  /**
   * Persists `change(data)` and announces it. A store that cannot be written
   * becomes a typed, user-facing error; nothing changes then.
   */
  update(change: (data: StoreData) => StoreData): StateSnapshot {
    try {
      this.#repository.update(change);
    } catch (error) {
      if (!(error instanceof StoreWriteError)) throw error;
      if (error.reason === 'read-only')
        throw new UserFacingError('read-only', 'error.readOnly', { cause: error });
      if (error.reason === 'io') this.addTransientNotice('store-write-failed');
      throw new UserFacingError('write-failed', 'error.writeFailed', { cause: error });
    }
    this.#changed();
    return this.snapshot();
  }

  /** Persists a change the app makes by itself (e.g. the fired log); a failure is only noted. */
  tryUpdate(change: (data: StoreData) => StoreData): boolean {
    try {
      this.update(change);
      return true;
    } catch {
      return false;
    }
  }

  addTransientNotice(kind: NoticeKind, detail?: string): void {
    log.warn('notice', { kind });
    const notice: Notice = {
      kind,
      at: new Date(this.now()).toISOString(),
      ...(detail ? { detail } : {}),
    };
    this.#transientNotices = [...this.#transientNotices.filter((n) => n.kind !== kind), notice];
    this.#changed();
  }

  dismissTransientNotice(kind: NoticeKind): void {
    const before = this.#transientNotices.length;
    this.#transientNotices = this.#transientNotices.filter((notice) => notice.kind !== kind);
    if (this.#transientNotices.length !== before) this.#changed();
  }

  #changed(): void {
    this.#sequence += 1;
    this.emit('changed');
  }

  hasNotice(kind: NoticeKind): boolean {
    return [...this.data.notices, ...this.#transientNotices].some((notice) => notice.kind === kind);
  }

  /** Adds checklists that came due before the welcome was finished. */
  addWelcomeDue(checklistIds: readonly string[]): void {
    const next = [...new Set([...this.#welcomeDue, ...checklistIds])];
    if (next.length === this.#welcomeDue.length) return;
    this.#welcomeDue = next;
    this.#changed();
  }
}
