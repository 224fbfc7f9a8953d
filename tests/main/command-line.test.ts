import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/main/command-line.ts';

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
