import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  installKind,
  isNewerVersion,
  parsePublishConfig,
  readPublishConfig,
  releasePageUrl,
} from '../../../src/main/update/release.ts';

/** What electron-builder 26 writes into resources/app-update.yml for the GitHub publish config. */
const GITHUB_APP_UPDATE_YML =
  'owner: optout-reminder\nrepo: optout-reminder\nprovider: github\nupdaterCacheDirName: optout-reminder-updater\n';

describe('the publish configuration beside the app', () => {
  it('reads app-update.yml and links the GitHub release of a version, or the latest', () => {
    const config = parsePublishConfig(GITHUB_APP_UPDATE_YML);
    expect(config).toEqual({
      provider: 'github',
      owner: 'optout-reminder',
      repo: 'optout-reminder',
    });
    expect(releasePageUrl(config, '0.3.0')).toBe(
      'https://github.com/optout-reminder/optout-reminder/releases/tag/v0.3.0',
    );
    expect(releasePageUrl(config, null)).toBe(
      'https://github.com/optout-reminder/optout-reminder/releases/latest',
    );
  });

  it('links a generic server’s folder, https only; nothing without a configuration', () => {
    expect(
      releasePageUrl(
        parsePublishConfig("provider: generic\nurl: 'https://example.org/app/'\n"),
        '1.0.0',
      ),
    ).toBe('https://example.org/app/');
    expect(releasePageUrl({ provider: 'generic', url: 'http://example.org/' }, null)).toBe(null);
    expect(releasePageUrl(null, '1.0.0')).toBe(null);
    expect(readPublishConfig(undefined)).toBe(null);
    expect(readPublishConfig(mkdtempSync(join(tmpdir(), 'optout-no-yml-')))).toBe(null);
  });
});

describe('installKind', () => {
  const resources = (packageType?: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'optout-resources-'));
    if (packageType) writeFileSync(join(dir, 'package-type'), packageType);
    return dir;
  };
  const base = { env: {}, resourcesPath: resources(), isPackaged: true };

  it('tells installs that replace themselves from a deb and a development run', () => {
    expect(installKind({ ...base, platform: 'win32' })).toBe('nsis');
    expect(installKind({ ...base, platform: 'darwin' })).toBe('mac');
    expect(installKind({ ...base, platform: 'linux', env: { APPIMAGE: '/a/App.AppImage' } })).toBe(
      'appimage',
    );
    expect(
      installKind({ ...base, platform: 'linux', resourcesPath: resources('deb'), env: {} }),
    ).toBe('package-manager');
    expect(installKind({ ...base, platform: 'linux' })).toBe('unpackaged');
    expect(installKind({ ...base, platform: 'win32', isPackaged: false })).toBe('unpackaged');
  });
});

describe('isNewerVersion', () => {
  it.each([
    ['0.3.0', '0.1.0', true],
    ['0.10.0', '0.9.9', true],
    ['1.0.0', '1.0.0', false],
    ['0.9.0', '0.10.0', false],
    ['v1.2.0', '1.1.9', true],
    ['1.2.0-beta.1', '1.1.0', true],
  ])('%s newer than %s: %s', (candidate, current, expected) => {
    expect(isNewerVersion(candidate, current)).toBe(expected);
  });
});
