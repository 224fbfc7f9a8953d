import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeSchema } from '../../../src/main/store/schema.ts';
import { temporaryDir } from '../../support/store.ts';
import { stepOf } from '../../support/store-crash-child.ts';

const child = resolve(import.meta.dirname, '../../support/store-crash-child.ts');
const KILLS_PER_LANE = 55;
const LANES = 4;

type Model = Map<string, boolean>;

function readState(dir: string): Model {
  const data = storeSchema.parse(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')));
  const model: Model = new Map();
  for (const [checklistId, progress] of Object.entries(data.progress))
    for (const stepId of Object.keys(progress.steps.web ?? {}))
      model.set(`${checklistId}/${stepId}`, true);
  return model;
}

function toggled(model: Model, n: number): Model {
  const { checklistId, stepId } = stepOf(n);
  const next = new Map(model);
  const key = `${checklistId}/${stepId}`;
  if (next.get(key)) next.delete(key);
  else next.set(key, true);
  return next;
}

/** Runs the writer until it has acknowledged `acks` writes, then SIGKILLs it mid-work. */
function runAndKill(dir: string, acks: number): Promise<number[]> {
  return new Promise((resolveRun, reject) => {
    const writer = spawn(process.execPath, [child, dir, String(process.pid)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: number[] = [];
    let buffered = '';
    let stderr = '';
    writer.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    writer.stdout.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) acknowledged.push(Number(line.slice(4)));
      if (acknowledged.length >= acks) writer.kill('SIGKILL');
    });
    writer.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed: ${stderr}`));
      else resolveRun(acknowledged);
    });
  });
}

async function lane(seed: number): Promise<number> {
  const dir = temporaryDir('optout-crash-');
  let model: Model = new Map();
  let random = seed;
  const nextRandom = () => {
    random = (random * 1_103_515_245 + 12_345) % 2 ** 31;
    return random;
  };
  for (let kill = 0; kill < KILLS_PER_LANE; kill++) {
    const acknowledged = await runAndKill(dir, 1 + (nextRandom() % 25));
    // Every acknowledged toggle is on disk; the one in flight at the kill may be too.
    for (const n of acknowledged) model = toggled(model, n);
    const onDisk = readState(dir);
    const inFlight = toggled(model, (acknowledged.at(-1) ?? -1) + 1);
    const matches = (expected: Model) =>
      expected.size === onDisk.size && [...expected.keys()].every((key) => onDisk.has(key));
    expect(matches(model) || matches(inFlight), `after kill ${kill} in lane ${seed}`).toBe(true);
    model = onDisk;
  }
  return KILLS_PER_LANE;
}

describe('crash safety of the store', () => {
  it('keeps every acknowledged step toggle through ≥ 200 SIGKILLs at random moments', async () => {
    const kills = (await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i + 1)))).reduce(
      (a, b) => a + b,
    );
    console.log(`store crash safety: ${kills} SIGKILLs, every acknowledged change kept`);
    expect(kills).toBeGreaterThanOrEqual(200);
  }, 180_000);
});
