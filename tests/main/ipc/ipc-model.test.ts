/**
 * Model-based test of the IPC surface: random sequences of settings changes,
 * ticks, edits of the user's own checklists (through the window's real
 * draft → checklist code), snoozes, pack imports, exports and restores run
 * against the real handlers over a real store, and against a simple model.
 * After every command the saved file equals the model and nothing unrelated
 * changed; start at login on the OS always matches the setting.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createFileActions } from '../../../src/main/files/file-actions.ts';
import { setupIpc } from '../../../src/main/ipc/setup-ipc.ts';
import { Notifier } from '../../../src/main/notify/notifier.ts';
import { snoozeUntil } from '../../../src/main/state/snooze.ts';
import type { StoreData } from '../../../src/main/store/schema.ts';
import {
  buildChecklist,
  type DraftStep,
  draftFromChecklist,
  newStep,
} from '../../../src/renderer/lib/custom-draft.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import { type Checklist, PACK_FORMAT, type Platform } from '../../../src/shared/catalog/schema.ts';
import {
  type InvokeMethod,
  invokeChannels,
  type SettingsChange,
  type SnoozePreset,
} from '../../../src/shared/ipc.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema.ts';
import { createTestAppState } from '../../support/app-state.ts';
import { dialog, ipcMain } from '../../support/electron-stand-in/index.ts';
import { recordFigure } from '../../support/figures.ts';
import { temporaryDir } from '../../support/store.ts';
import { testWindowController } from '../../support/window.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const ZONE = 'Europe/Amsterdam';
const START = Date.UTC(2026, 10, 23, 12);
const PLATFORMS: Platform[] = ['web', 'ios', 'android'];
const BUILTIN_IDS = builtinCatalog.map((checklist) => checklist.id);

/** What the user made, as the model keeps it: ticks of the user's own steps by their text. */
interface Saved {
  settings: Settings;
  /** checklist id → platform → ticked step (id for built-in and pack steps, text for own ones) */
  ticks: Record<string, Partial<Record<Platform, string[]>>>;
  snoozes: Record<string, string>;
  /** own checklist id → platform → step texts, in order */
  own: Record<string, Partial<Record<Platform, string[]>>>;
  /** checklist ids per imported pack, in import order */
  packs: string[][];
}

interface Model {
  now: number;
  saved: Saved;
  exported: Saved | null;
  nextToken: number;
}

interface Real {
  invoke(
    method: InvokeMethod,
    ...args: unknown[]
  ): Promise<{ ok: boolean; error?: { code: string } }>;
  data(): StoreData;
  file(): StoreData;
  setNow(now: number): void;
  loginItem(): boolean;
  dir: string;
}

let commandCount = 0;

const clone = <T>(value: T): T => structuredClone(value);

/** The saved data as the model sees it. */
function project(data: StoreData): Saved {
  const own = new Map(data.customChecklists.map((checklist) => [checklist.id, checklist]));
  const ticks: Saved['ticks'] = {};
  const snoozes: Saved['snoozes'] = {};
  for (const [id, progress] of Object.entries(data.progress)) {
    if (progress.snoozedUntil) snoozes[id] = progress.snoozedUntil;
    const byPlatform: Partial<Record<Platform, string[]>> = {};
    for (const [platform, done] of Object.entries(progress.steps) as [Platform, object][]) {
      const steps = own.get(id)?.paths[platform]?.steps;
      const names = Object.keys(done).map(
        (stepId) => steps?.find((step) => step.id === stepId)?.text.en ?? stepId,
      );
      if (names.length > 0) byPlatform[platform] = names.sort();
    }
    if (Object.keys(byPlatform).length > 0) ticks[id] = byPlatform;
  }
  return {
    settings: data.settings,
    ticks,
    snoozes,
    own: Object.fromEntries(
      data.customChecklists.map((checklist) => [
        checklist.id,
        Object.fromEntries(
          Object.entries(checklist.paths).map(([platform, path]) => [
            platform,
            path?.steps.map((step) => step.text.en) ?? [],
          ]),
        ),
      ]),
    ),
    packs: data.packs.map((pack) => pack.checklists.map((checklist) => checklist.id)),
  };
}

function check(model: Model, real: Real): void {
  commandCount += 1;
  expect(project(real.data())).toEqual(model.saved);
  expect(project(real.file())).toEqual(model.saved);
  expect(real.loginItem()).toBe(model.saved.settings.startAtLogin);
}

// --- The model's own, simple reading of each rule -------------------------------------

function modelMerge(settings: Settings, change: SettingsChange): Settings | null {
  const { leadTime, quietHours, ...fields } = change;
  const next: Settings = { ...settings };
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  if (quietHours === null) next.quietHours = null;
  else if (quietHours)
    next.quietHours = {
      ...(settings.quietHours ?? { start: '22:00', end: '08:00' }),
      ...quietHours,
    };
  if (leadTime) {
    const others = next.leadTimesMinutes.filter((minutes) => minutes !== leadTime.minutes);
    next.leadTimesMinutes = leadTime.isOn ? [...others, leadTime.minutes] : others;
    next.leadTimesMinutes.sort((a, b) => b - a);
  }
  return next.leadTimesMinutes.length > 10 ? null : next;
}

function stepsOf(model: Model, id: string): Partial<Record<Platform, string[]>> | undefined {
  const builtin = builtinCatalog.find((checklist) => checklist.id === id);
  if (builtin)
    return Object.fromEntries(
      Object.entries(builtin.paths).map(([p, path]) => [p, path?.steps.map((s) => s.id) ?? []]),
    );
  if (model.saved.own[id]) return model.saved.own[id];
  return model.saved.packs.some((ids) => ids.includes(id))
    ? { web: ['pack-step-1', 'pack-step-2'] }
    : undefined;
}

function knownIds(model: Model): string[] {
  return [...BUILTIN_IDS, ...Object.keys(model.saved.own), ...model.saved.packs.flat()];
}

function setTick(model: Model, id: string, platform: Platform, step: string, done: boolean) {
  const byPlatform = { ...(model.saved.ticks[id] ?? {}) };
  const current = new Set(byPlatform[platform] ?? []);
  if (done) current.add(step);
  else current.delete(step);
  if (current.size > 0) byPlatform[platform] = [...current].sort();
  else delete byPlatform[platform];
  if (Object.keys(byPlatform).length > 0) model.saved.ticks[id] = byPlatform;
  else delete model.saved.ticks[id];
}

// --- Commands --------------------------------------------------------------------------

type Command = fc.AsyncCommand<Model, Real>;

const always = () => true;

class UpdateSettings implements Command {
  constructor(readonly change: SettingsChange) {}
  check = always;
  async run(model: Model, real: Real) {
    const expected = modelMerge(model.saved.settings, this.change);
    const result = await real.invoke('updateSettings', this.change);
    expect(result.ok).toBe(expected !== null);
    if (!result.ok) expect(result.error?.code).toBe('invalid-payload');
    if (expected) model.saved.settings = expected;
    check(model, real);
  }
  toString = () => `updateSettings(${JSON.stringify(this.change)})`;
}

class ToggleStep implements Command {
  constructor(
    readonly pick: number,
    readonly platform: Platform,
    readonly stepPick: number,
    readonly done: boolean,
  ) {}
  check = always;
  async run(model: Model, real: Real) {
    const ids = knownIds(model);
    const id = ids[this.pick % ids.length] as string;
    const steps = stepsOf(model, id)?.[this.platform] ?? [];
    // One pick in five names a step that does not exist.
    const name =
      this.stepPick % 5 === 4 ? undefined : steps[this.stepPick % Math.max(steps.length, 1)];
    const isOwn = model.saved.own[id] !== undefined;
    const stepId =
      name === undefined
        ? 'no-such-step'
        : isOwn
          ? (real
              .data()
              .customChecklists.find((c) => c.id === id)
              ?.paths[this.platform]?.steps.find((s) => s.text.en === name)?.id as string)
          : name;
    const result = await real.invoke('toggleStep', {
      checklistId: id,
      platform: this.platform,
      stepId,
      done: this.done,
    });
    expect(result.ok).toBe(name !== undefined);
    if (name !== undefined) setTick(model, id, this.platform, name, this.done);
    check(model, real);
  }
  toString = () => `toggleStep(${this.pick}, ${this.platform}, ${this.stepPick}, ${this.done})`;
}

type Edit =
  | { kind: 'remove'; index: number }
  | { kind: 'add'; platform: Platform }
  | { kind: 'move'; index: number; platform: Platform };

class SaveOwn implements Command {
  constructor(
    readonly target: number,
    readonly edits: Edit[],
    readonly clashWithBuiltin: boolean,
  ) {}
  check = always;
  async run(model: Model, real: Real) {
    const ownIds = Object.keys(model.saved.own);
    const isNew = this.target % 3 === 0 || ownIds.length === 0;
    const token = () => `s${model.nextToken++}`;
    if (isNew) {
      const id = this.clashWithBuiltin
        ? (BUILTIN_IDS[this.target % BUILTIN_IDS.length] as string)
        : `custom-m${model.nextToken++}`;
      const steps: DraftStep[] = [{ ...newStep('web'), text: token() }];
      for (const edit of this.edits)
        if (edit.kind === 'add') steps.push({ ...newStep(edit.platform), text: token() });
      const checklist = buildChecklist(
        {
          organisation: 'Me',
          title: id,
          summary: '',
          date: '',
          time: '09:00',
          settingsUrl: '',
          steps,
        },
        { id, version: 1, zone: ZONE, now: model.now },
      );
      const result = await real.invoke('saveCustomChecklist', checklist);
      expect(result.ok).toBe(!this.clashWithBuiltin);
      if (!this.clashWithBuiltin) model.saved.own[id] = projectSteps(checklist);
      check(model, real);
      return;
    }
    const id = ownIds[this.target % ownIds.length] as string;
    const previous = real.data().customChecklists.find((c) => c.id === id) as Checklist;
    const draft = draftFromChecklist(previous, ZONE, 'en');
    let steps = draft.steps;
    for (const edit of this.edits) {
      if (edit.kind === 'add') steps = [...steps, { ...newStep(edit.platform), text: token() }];
      else if (steps.length > 1 && edit.kind === 'remove')
        steps = steps.filter((_, index) => index !== edit.index % steps.length);
      else if (edit.kind === 'move')
        steps = steps.map((step, index) =>
          index === edit.index % steps.length ? { ...step, platform: edit.platform } : step,
        );
    }
    const checklist = buildChecklist(
      { ...draft, steps },
      { id, version: previous.version + 1, zone: ZONE, now: model.now, previous },
    );
    const result = await real.invoke('saveCustomChecklist', checklist);
    expect(result.ok).toBe(true);
    // Ticks stay with the step the user ticked, on its platform; gone with the step.
    const next = projectSteps(checklist);
    const ticks = model.saved.ticks[id] ?? {};
    for (const platform of PLATFORMS) {
      const kept = (ticks[platform] ?? []).filter((name) => next[platform]?.includes(name));
      for (const name of ticks[platform] ?? [])
        if (!kept.includes(name)) setTick(model, id, platform, name, false);
    }
    model.saved.own[id] = next;
    check(model, real);
  }
  toString = () =>
    `saveOwn(${this.target}, ${JSON.stringify(this.edits)}, ${this.clashWithBuiltin})`;
}

function projectSteps(checklist: Checklist): Partial<Record<Platform, string[]>> {
  return Object.fromEntries(
    Object.entries(checklist.paths).map(([p, path]) => [
      p,
      path?.steps.map((s) => s.text.en) ?? [],
    ]),
  );
}

class DeleteOwn implements Command {
  constructor(readonly target: number) {}
  check = (model: Readonly<Model>) => Object.keys(model.saved.own).length > 0;
  async run(model: Model, real: Real) {
    const ids = Object.keys(model.saved.own);
    const id = ids[this.target % ids.length] as string;
    expect((await real.invoke('deleteCustomChecklist', id)).ok).toBe(true);
    delete model.saved.own[id];
    delete model.saved.ticks[id];
    delete model.saved.snoozes[id];
    check(model, real);
  }
  toString = () => `deleteOwn(${this.target})`;
}

class Snooze implements Command {
  constructor(
    readonly pick: number,
    readonly preset: SnoozePreset,
  ) {}
  check = always;
  async run(model: Model, real: Real) {
    const ids = knownIds(model);
    const id = ids[this.pick % ids.length] as string;
    expect((await real.invoke('snooze', id, this.preset)).ok).toBe(true);
    const until = snoozeUntil(this.preset, model.now, ZONE);
    if (until === null) delete model.saved.snoozes[id];
    else model.saved.snoozes[id] = new Date(until).toISOString();
    check(model, real);
  }
  toString = () => `snooze(${this.pick}, ${this.preset})`;
}

class SnoozeAll implements Command {
  constructor(readonly preset: SnoozePreset) {}
  check = always;
  async run(model: Model, real: Real) {
    expect((await real.invoke('snoozeAll', this.preset)).ok).toBe(true);
    const until = snoozeUntil(this.preset, model.now, ZONE);
    model.saved.settings = {
      ...model.saved.settings,
      snoozeAllUntil: until === null ? null : new Date(until).toISOString(),
    };
    check(model, real);
  }
  toString = () => `snoozeAll(${this.preset})`;
}

class Advance implements Command {
  constructor(readonly minutes: number) {}
  check = always;
  async run(model: Model, real: Real) {
    model.now += this.minutes * 60_000;
    real.setNow(model.now);
    check(model, real);
  }
  toString = () => `advance(${this.minutes} min)`;
}

class ImportPack implements Command {
  constructor(readonly ids: string[]) {}
  check = always;
  async run(model: Model, real: Real) {
    const taken = new Set(knownIds(model));
    const refused =
      this.ids.some((id) => taken.has(id)) || new Set(this.ids).size < this.ids.length;
    const path = join(real.dir, `pack-${model.nextToken++}.json`);
    const checklists = this.ids.map((id) => ({
      ...builtinCatalog[0],
      id,
      paths: {
        web: {
          steps: [
            { id: 'pack-step-1', text: { en: 'One', nl: 'Een' } },
            { id: 'pack-step-2', text: { en: 'Two', nl: 'Twee' } },
          ],
        },
      },
    }));
    writeFileSync(path, JSON.stringify({ format: PACK_FORMAT, formatVersion: 1, checklists }));
    dialog.queueAnswer({ canceled: false, filePaths: [path] });
    const result = await real.invoke('importPack');
    expect(result.ok, JSON.stringify(result)).toBe(!refused);
    if (!refused) model.saved.packs.push([...this.ids]);
    check(model, real);
  }
  toString = () => `importPack(${JSON.stringify(this.ids)})`;
}

class Export implements Command {
  check = always;
  async run(model: Model, real: Real) {
    dialog.queueAnswer({ canceled: false, filePath: join(real.dir, 'backup.json') });
    expect((await real.invoke('exportData')).ok).toBe(true);
    model.exported = clone(model.saved);
    check(model, real);
  }
  toString = () => 'export()';
}

class Restore implements Command {
  check = (model: Readonly<Model>) => model.exported !== null;
  async run(model: Model, real: Real) {
    dialog.queueAnswer({ canceled: false, filePaths: [join(real.dir, 'backup.json')] });
    expect((await real.invoke('importData')).ok).toBe(true);
    const restored = clone(model.exported as Saved);
    // Start at login belongs to this machine: a restore does not change it.
    restored.settings = { ...restored.settings, startAtLogin: model.saved.settings.startAtLogin };
    model.saved = restored;
    check(model, real);
  }
  toString = () => 'restore()';
}

class RestoreClashing implements Command {
  constructor(readonly kind: 'builtin-id' | 'duplicate-own' | 'duplicate-pack') {}
  check = always;
  async run(model: Model, real: Real) {
    const data = real.data();
    const own = {
      ...builtinCatalog[1],
      id: this.kind === 'builtin-id' ? (BUILTIN_IDS[0] as string) : 'custom-twice',
    } as Checklist;
    const packs =
      this.kind === 'duplicate-pack'
        ? [0, 1].map(() => ({
            id: 'pack-twice',
            name: 'Twice',
            fileName: 'twice.json',
            importedAt: '2026-11-01T00:00:00.000Z',
            checklists: [{ ...builtinCatalog[2], id: 'pack-only' } as Checklist],
          }))
        : data.packs;
    const backup = {
      format: 'optout-reminder/backup',
      formatVersion: 1,
      exportedAt: new Date(model.now).toISOString(),
      progress: data.progress,
      settings: data.settings,
      customChecklists: this.kind === 'duplicate-own' ? [own, own] : [own],
      packs,
    };
    const path = join(real.dir, 'clashing.json');
    writeFileSync(path, JSON.stringify(backup));
    dialog.queueAnswer({ canceled: false, filePaths: [path] });
    const result = await real.invoke('importData');
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('invalid-file');
    check(model, real);
  }
  toString = () => `restoreClashing(${this.kind})`;
}

// --- Arbitraries -----------------------------------------------------------------------

const wallTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const leadMinutes = fc.oneof(
  fc.constantFrom(60, 120, 1_440, 4_320, 10_080, 20_160, 43_200),
  fc.integer({ min: 1, max: 525_600 }),
);
const settingsChange: fc.Arbitrary<SettingsChange> = fc.record(
  {
    leadTime: fc.record({ minutes: leadMinutes, isOn: fc.boolean() }),
    leadTimesMinutes: fc.array(leadMinutes, { maxLength: 10 }),
    overdueEveryDays: fc.option(fc.integer({ min: 1, max: 365 })),
    recheckAfterDays: fc.option(fc.integer({ min: 1, max: 3650 })),
    quietHours: fc.option(fc.record({ start: wallTime, end: wallTime }, { requiredKeys: [] })),
    paused: fc.oneof(fc.boolean(), fc.constant({ until: '2026-12-24T09:00:00.000Z' })),
    country: fc.option(fc.constantFrom('NL', 'BE', 'DE', 'US')),
    includeOtherRegions: fc.boolean(),
    language: fc.constantFrom('auto', 'en', 'nl'),
    startAtLogin: fc.boolean(),
    notificationsEnabled: fc.boolean(),
  },
  { requiredKeys: [] },
);
const platform = fc.constantFrom(...PLATFORMS);
const preset = fc.constantFrom<SnoozePreset>('1h', 'tomorrow-9', '1w', 'off');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat(9) }),
  fc.record({ kind: fc.constant('add' as const), platform }),
  fc.record({ kind: fc.constant('move' as const), index: fc.nat(9), platform }),
);

const commands = [
  settingsChange.map((change) => new UpdateSettings(change)),
  settingsChange.map((change) => new UpdateSettings(change)),
  fc.tuple(fc.nat(50), platform, fc.nat(9), fc.boolean()).map((args) => new ToggleStep(...args)),
  fc.tuple(fc.nat(50), platform, fc.nat(9), fc.boolean()).map((args) => new ToggleStep(...args)),
  fc
    .tuple(
      fc.nat(20),
      fc.array(edit, { maxLength: 4 }),
      fc.nat(4).map((n) => n === 0),
    )
    .map((args) => new SaveOwn(...args)),
  fc.nat(20).map((target) => new DeleteOwn(target)),
  fc.tuple(fc.nat(50), preset).map((args) => new Snooze(...args)),
  preset.map((p) => new SnoozeAll(p)),
  fc.integer({ min: 1, max: 3 * 24 * 60 }).map((minutes) => new Advance(minutes)),
  fc
    .array(fc.constantFrom('pack-a', 'pack-b', 'pack-c', 'pack-d', BUILTIN_IDS[0] as string), {
      minLength: 1,
      maxLength: 2,
    })
    .map((ids) => new ImportPack(ids)),
  fc.constant(new Export()),
  fc.constant(new Restore()),
  fc
    .constantFrom('builtin-id' as const, 'duplicate-own' as const, 'duplicate-pack' as const)
    .map((kind) => new RestoreClashing(kind)),
];

function setup(): Real {
  const dir = temporaryDir('optout-model-');
  const { state, setNow } = createTestAppState({ now: START, dir });
  let loginItem = false;
  const windows = testWindowController();
  const notifier = new Notifier({
    locale: () => 'en',
    zone: () => ZONE,
    now: () => state.now(),
    supportsActions: false,
    onOpen: () => {},
    onOpenSettingsPage: () => {},
    onRemindTomorrow: () => {},
    onFailed: () => {},
  });
  for (const channel of ipcMain.channels()) ipcMain.removeHandler(channel);
  setupIpc({
    state,
    notifier,
    files: createFileActions(state, () => null),
    isTrustedSender: windows.isTrustedSender,
    setStartAtLogin: (enabled) => {
      loginItem = enabled;
    },
  });
  const webContentsId = windows.open().webContents.id;
  return {
    dir,
    invoke: (method, ...args) =>
      ipcMain.invoke(webContentsId, invokeChannels[method], args) as ReturnType<Real['invoke']>,
    data: () => state.data,
    file: () => JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')),
    setNow,
    loginItem: () => loginItem,
  };
}

describe('the IPC surface against a model', () => {
  it('keeps the saved data equal to the model after every command', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.commands(commands, { maxCommands: 40, size: 'large' }),
        async (sequence) => {
          runs += 1;
          const real = setup();
          const model: Model = {
            now: START,
            saved: project(real.data()),
            exported: null,
            nextToken: 1,
          };
          expect(model.saved.settings).toEqual(DEFAULT_SETTINGS);
          await fc.asyncModelRun(() => ({ model, real }), sequence);
        },
      ),
      { numRuns: 30 },
    );
    recordFigure('model-based IPC', `${commandCount} commands in ${runs} sequences`);
  }, 180_000);
});
