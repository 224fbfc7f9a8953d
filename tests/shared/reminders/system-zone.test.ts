import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FALLBACK_ZONE, usableZone } from '../../../src/shared/reminders/system-zone.ts';

/** What this Node (the same V8 and ICU as Electron's main process) reports for a TZ value. */
function reportedFor(tz: string): string | undefined {
  const { stdout } = spawnSync(
    process.execPath,
    [
      '-e',
      'process.stdout.write(JSON.stringify({ z: Intl.DateTimeFormat().resolvedOptions().timeZone }))',
    ],
    { env: { ...process.env, TZ: tz }, encoding: 'utf8' },
  );
  return (JSON.parse(stdout) as { z?: string }).z;
}

describe('usableZone', () => {
  it.each([
    ['TZ= (empty)', ''],
    ['a zone that does not exist', 'Etc/Unknown'],
    ['a misspelled zone', 'Europe/Amsterdm'],
  ])('falls back to UTC for %s, whatever the runtime reports for it', (_name, tz) => {
    const reported = reportedFor(tz);
    // Node 24 reports "Etc/Unknown" for an empty TZ and undefined for a misspelled one.
    expect(['Etc/Unknown', undefined]).toContain(reported);
    expect(usableZone(reported)).toEqual({ zone: FALLBACK_ZONE, isFallback: true });
  });

  it('keeps a zone the OS names correctly', () => {
    expect(reportedFor('Europe/Amsterdam')).toBe('Europe/Amsterdam');
    expect(usableZone('Europe/Amsterdam')).toEqual({ zone: 'Europe/Amsterdam', isFallback: false });
    expect(usableZone('UTC')).toEqual({ zone: 'UTC', isFallback: false });
  });
});
