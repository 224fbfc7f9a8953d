import { EventEmitter } from 'node:events';
import { type Locale, resolveLocale } from '../../shared/i18n/index.ts';
import type { Notice, NoticeKind, StateSnapshot, UpdateStatus } from '../../shared/ipc.ts';
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
}

/**
 * The app's single source of truth in main: the store plus what lives only
 * for this run. Every saved change goes through `update` or `tryUpdate`,
 * which persist first and then emit `changed` once; run-only state
 * (transient notices, what was due at the welcome, and via `markChanged`
 * the feed and update checks) emits `changed` when it changes. Each change
 * is counted (`sequence`), and tray, scheduler and window re-render from
 * the same snapshot either way.
 */
export class AppState extends EventEmitter<{ changed: [] }> {
  readonly #repository: StoreRepository;
  readonly #environment: AppStateEnvironment;
  #transientNotices: Notice[] = [];
  #welcomeDue: string[] = [];
  #isWelcomeFinishedThisRun = false;
  #feedInfo: () => FeedInfo = () => ({ projectUrl: null, isChecking: false });
  #updateStatus: () => UpdateStatus | null = () => null;
  #lastSnapshot: StateSnapshot | null = null;
  /** Counts changes; snapshots carry it so the window orders them without trusting the clock. */
  #sequence = 0;
  #batchDepth = 0;
  #isChangedInBatch = false;
  /** Run-only additions to the saved data (see `keepForRun`), applied once per saved version. */
  #overlay: ((saved: StoreData) => StoreData) | null = null;
  #overlaid: { saved: StoreData; data: StoreData } | null = null;

  constructor(repository: StoreRepository, environment: AppStateEnvironment) {
    super();
    this.#repository = repository;
    this.#environment = environment;
  }

  /** The saved data, with what could not be saved kept for this run (see `keepForRun`). */
  get data(): StoreData {
    const saved = this.#repository.read();
    if (!this.#overlay) return saved;
    if (this.#overlaid?.saved !== saved) this.#overlaid = { saved, data: this.#overlay(saved) };
    return this.#overlaid.data;
  }

  /** The data as saved, without what is only kept for this run. */
  get savedData(): StoreData {
    return this.#repository.read();
  }

  /**
   * Keeps what the app could not save (e.g. first-seen times when the file
   * cannot be written) for this run: `overlay` is applied to the saved data
   * on every read, until it is replaced or cleared with null. Announced.
   */
  keepForRun(overlay: ((saved: StoreData) => StoreData) | null): void {
    this.#overlay = overlay;
    this.#overlaid = null;
    this.#announce();
  }

  /** The data file cannot be written (a newer version's, or an unwritable folder). */
  get isReadOnly(): boolean {
    return this.#repository.isReadOnly;
  }

  /** Copies the data file aside (see `StoreRepository.backup`). */
  backup(label: string): string | null {
    return this.#repository.backup(label);
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

  /**
   * The one snapshot of the current state. Built once per change: asked again
   * for the same change in the same millisecond (the push to the window, then
   * the reply to the window's request), it is the same object.
   */
  snapshot(): StateSnapshot {
    const now = this.now();
    const zone = this.zone();
    const locale = this.locale();
    const last = this.#lastSnapshot;
    if (
      last?.sequence === this.#sequence &&
      last.now === now &&
      last.zone === zone &&
      last.locale === locale
    )
      return last;
    this.#lastSnapshot = buildSnapshot(this.data, {
      sequence: this.#sequence,
      now,
      zone,
      locale,
      transientNotices: this.#transientNotices,
      welcomeDue: this.#welcomeDue,
      isWelcomeFinishedThisRun: this.#isWelcomeFinishedThisRun,
      isReadOnly: this.#repository.isReadOnly,
      dataFile: this.#repository.path,
      feedInfo: this.#feedInfo(),
      update: this.#updateStatus(),
    });
    return this.#lastSnapshot;
  }

  /** Lets the snapshot show the update check once its (lazily loaded) service runs. */
  setUpdateStatus(status: () => UpdateStatus): void {
    this.#updateStatus = status;
    this.#announce();
  }

  /** The update check's status (null until its service runs), for the tray. */
  updateStatus(): UpdateStatus | null {
    return this.#updateStatus();
  }

  /** Lets the snapshot show the feeds once their (lazily loaded) service runs. */
  setFeedInfo(info: () => FeedInfo): void {
    this.#feedInfo = info;
    this.#announce();
  }

  /**
   * Persists `change(data)` and announces it. A store that cannot be written
   * becomes a typed, user-facing error; nothing changes then.
   */
  update(change: (data: StoreData) => StoreData): StateSnapshot {
    this.#save(change);
    return this.snapshot();
  }

  /**
   * Persists a change the app makes by itself (e.g. the fired log); a
   * failure is only noted. Builds no snapshot: whoever shows the change
   * asks for one.
   */
  tryUpdate(change: (data: StoreData) => StoreData): boolean {
    try {
      this.#save(change);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Run-only state kept elsewhere changed (a feed check or an update check
   * began or ended): announced and counted like any other change.
   */
  markChanged(): void {
    this.#announce();
  }

  #save(change: (data: StoreData) => StoreData): void {
    try {
      this.#repository.update(change);
    } catch (error) {
      if (!(error instanceof StoreWriteError)) throw error;
      if (error.reason === 'read-only') throw this.readOnlyError(error);
      if (error.reason === 'io') this.addTransientNotice('store-write-failed');
      throw new UserFacingError('write-failed', 'error.writeFailed', { cause: error });
    }
    this.#announce();
  }

  /**
   * Why nothing can be saved, in words that are true: the file came from a
   * newer version, or the data folder cannot be written.
   */
  readOnlyError(cause?: unknown): UserFacingError {
    const { problem } = this.#repository;
    const isNewer = problem?.kind === 'read-only' && problem.reason === 'newer-version';
    return new UserFacingError('read-only', isNewer ? 'error.readOnly' : 'error.readOnlyFolder', {
      cause,
    });
  }

  /**
   * Ends the welcome: saved, or — when nothing can be saved (read-only) —
   * for this run, so the user gets through to the app and reads it as it is.
   */
  finishWelcome(change: (data: StoreData) => StoreData): StateSnapshot {
    if (!this.#repository.isReadOnly) return this.update(change);
    this.#isWelcomeFinishedThisRun = true;
    this.#announce();
    return this.snapshot();
  }

  addTransientNotice(kind: NoticeKind, detail?: string): void {
    log.warn('notice', { kind });
    const notice: Notice = {
      kind,
      at: new Date(this.now()).toISOString(),
      ...(detail ? { detail } : {}),
    };
    this.#transientNotices = [...this.#transientNotices.filter((n) => n.kind !== kind), notice];
    this.#announce();
  }

  dismissTransientNotice(kind: NoticeKind): void {
    const before = this.#transientNotices.length;
    this.#transientNotices = this.#transientNotices.filter((notice) => notice.kind !== kind);
    if (this.#transientNotices.length !== before) this.#announce();
  }

  /** Saved notices, then those of this run only (as the snapshot lists them). */
  get notices(): Notice[] {
    return [...this.data.notices, ...this.#transientNotices];
  }

  hasNotice(kind: NoticeKind): boolean {
    return this.notices.some((notice) => notice.kind === kind);
  }

  /** Adds checklists that came due before the welcome was finished. */
  addWelcomeDue(checklistIds: readonly string[]): void {
    const next = [...new Set([...this.#welcomeDue, ...checklistIds])];
    if (next.length === this.#welcomeDue.length) return;
    this.#welcomeDue = next;
    this.#announce();
  }

  /**
   * Runs `work` with `changed` held back, then emits it once if anything
   * changed, so one piece of work (a wake-up) is published once. Returns
   * whether anything changed.
   */
  batch(work: () => void): boolean {
    const isOuter = this.#batchDepth === 0;
    if (isOuter) this.#isChangedInBatch = false;
    this.#batchDepth++;
    let isChanged = false;
    try {
      work();
    } finally {
      this.#batchDepth--;
      isChanged = this.#isChangedInBatch;
      // Also after a failure: what was saved before it must still be published.
      if (isOuter && isChanged) this.emit('changed');
    }
    return isChanged;
  }

  #announce(): void {
    this.#sequence += 1;
    if (this.#batchDepth > 0) this.#isChangedInBatch = true;
    else this.emit('changed');
  }
}
