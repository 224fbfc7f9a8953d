/**
 * The packaging decisions that make the app shippable and supportable,
 * pinned: macOS can post notifications (signed, alert style) and update
 * (zip), updates come from the project's GitHub releases, and pack files
 * open the app.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PACK_EXTENSION } from '../../src/main/command-line.ts';

interface BuilderConfig {
  appId: string;
  mac: {
    target: Array<string | { target: string }>;
    identity: string | null;
    extendInfo: Record<string, unknown>;
  };
  publish: { provider: string; owner: string; repo: string };
  fileAssociations: Array<{ ext: string | string[]; name: string; mimeType?: string }>;
}

const config = load(
  readFileSync(resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8'),
) as BuilderConfig;
const targets = (config.mac.target ?? []).map((target) =>
  typeof target === 'string' ? target : target.target,
);

describe('electron-builder.yml', () => {
  it('signs macOS builds ad hoc unless a Developer ID is given: unsigned apps cannot notify', () => {
    expect(config.mac.identity).toBe('-');
  });

  it('asks macOS for alert-style notifications, which keep their action buttons', () => {
    expect(config.mac.extendInfo).toMatchObject({
      NSUserNotificationAlertStyle: 'alert',
      LSUIElement: true,
    });
  });

  it('builds a zip beside the dmg: electron-updater updates macOS from the zip', () => {
    expect(targets).toEqual(expect.arrayContaining(['dmg', 'zip']));
  });

  it('publishes to the project’s GitHub releases, the one place updates come from', () => {
    expect(config.publish).toEqual({
      provider: 'github',
      owner: 'optout-reminder',
      repo: 'optout-reminder',
    });
  });

  it('registers the pack file extension the app opens', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: PACK_EXTENSION.slice(1),
        name: 'Opt-out Reminder checklist pack',
      }),
    ]);
  });
});
