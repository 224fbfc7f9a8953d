import { describe, expect, it } from 'vitest';
import { packFilePath, parseCommandLine } from '../../src/main/command-line.ts';

describe('parseCommandLine', () => {
  it('reads --open and --open=<id> among Electron and Chromium switches', () => {
    expect(
      parseCommandLine(['/opt/app/optout', '--no-sandbox', '--open=linkedin-ai-training']),
    ).toEqual({ open: true, checklistId: 'linkedin-ai-training', packFiles: [] });
    expect(parseCommandLine(['/usr/bin/electron', '/repo', '--open'])).toEqual({
      open: true,
      checklistId: null,
      packFiles: [],
    });
  });

  it('asks for nothing without flags: the app path in development is not a pack', () => {
    expect(parseCommandLine(['/usr/bin/electron', '/repo/out/main/index.js'])).toEqual({
      open: false,
      checklistId: null,
      packFiles: [],
    });
  });

  it('collects pack files by their extension, in any case', () => {
    expect(
      parseCommandLine([
        'C:\\App\\optout.exe',
        'C:\\Users\\me\\Team.OPTOUT-PACK',
        '--x=a.optout-pack',
      ]).packFiles,
    ).toEqual(['C:\\Users\\me\\Team.OPTOUT-PACK']);
  });

  it('treats an empty --open= as plain --open', () => {
    expect(parseCommandLine(['--open='])).toEqual({ open: true, checklistId: null, packFiles: [] });
  });
});

describe('packFilePath', () => {
  it('turns the file URI a Linux desktop passes (Exec=… %U) into a path, percent-decoded', () => {
    const uri = 'file:///home/me/My%20Packs/team%C3%A9.optout-pack';
    expect(parseCommandLine(['/opt/app/optout', uri]).packFiles).toEqual([uri]);
    expect(packFilePath(uri)).toBe('/home/me/My Packs/teamé.optout-pack');
    expect(packFilePath('file://localhost/home/me/team.optout-pack')).toBe(
      '/home/me/team.optout-pack',
    );
    expect(packFilePath('FILE:///home/me/Team.OPTOUT-PACK')).toBe('/home/me/Team.OPTOUT-PACK');
  });

  it('keeps plain paths as they are, Windows drive paths included', () => {
    for (const path of [
      '/home/me/My Packs/team.optout-pack',
      'C:\\Users\\me\\Team.OPTOUT-PACK',
      'c:/Users/me/team.optout-pack',
      'relative/team%20x.optout-pack',
    ])
      expect(packFilePath(path)).toBe(path);
  });

  it('names no local file for another scheme, another host or a malformed URI', () => {
    for (const location of [
      'sftp://server/home/me/team.optout-pack',
      'https://example.org/team.optout-pack',
      'file://server/share/team.optout-pack',
      'file:///home/me/a%2Fb.optout-pack',
      'file:///home/me/%E0%A4%A.optout-pack',
    ])
      expect(packFilePath(location), location).toBeNull();
  });
});
