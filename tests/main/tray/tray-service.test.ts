import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TrayService, type TrayView } from '../../../src/main/tray/tray-service.ts';
import { calls } from '../../support/electron-stand-in/recorder.ts';
import { liveTray } from '../../support/electron-stand-in/tray.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const view: TrayView<string> = {
  iconPath: '/icons/tray-open.png',
  tooltip: 'Opt-out Reminder',
  menu: [
    { command: 'open', label: 'Open checklist…' },
    { type: 'separator' },
    {
      type: 'submenu',
      label: 'Snooze all',
      items: [{ command: 'snooze:1h', label: '1 hour' }],
    },
    { type: 'checkbox', command: 'login', label: 'Start at login', checked: false },
    { command: 'quit', label: 'Quit' },
  ],
};

function trayCalls(method: string) {
  return calls.filter((call) => call.api === 'Tray' && call.method === method);
}

describe('TrayService', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('creates the tray with icon, tooltip and context menu on first render', () => {
    const service = new TrayService<string>(() => {});
    service.render(view);
    const tray = liveTray();
    expect(tray?.image.path).toBe('/icons/tray-open.png');
    expect(tray?.tooltip).toBe('Opt-out Reminder');
    expect(tray?.contextMenu?.labels()).toEqual([
      'Open checklist…',
      '---',
      'Snooze all',
      'Start at login',
      'Quit',
    ]);
    service.destroy();
  });

  it('is idempotent: rendering the same view again touches nothing', () => {
    const service = new TrayService<string>(() => {});
    service.render(view);
    calls.length = 0;
    service.render({ ...view, menu: structuredClone(view.menu) });
    expect(calls).toEqual([]);
    service.destroy();
  });

  it('updates only what changed', () => {
    const service = new TrayService<string>(() => {});
    service.render(view);
    calls.length = 0;
    service.render({ ...view, iconPath: '/icons/tray-overdue.png' });
    expect(trayCalls('setImage')).toHaveLength(1);
    expect(trayCalls('setToolTip')).toHaveLength(0);
    expect(trayCalls('setContextMenu')).toHaveLength(0);
    service.destroy();
  });

  it('reports the command of a clicked item, including in submenus and checkboxes', () => {
    const selected: string[] = [];
    const service = new TrayService<string>((command) => selected.push(command));
    service.render(view);
    const menu = liveTray()?.contextMenu;
    menu?.find(['Open checklist…']).click();
    menu?.find(['Snooze all', '1 hour']).click();
    menu?.find(['Start at login']).click();
    menu?.find(['Quit']).click();
    expect(selected).toEqual(['open', 'snooze:1h', 'login', 'quit']);
    service.destroy();
  });

  it('destroys the tray', () => {
    const service = new TrayService<string>(() => {});
    service.render(view);
    const tray = liveTray();
    service.destroy();
    expect(tray?.isDestroyed()).toBe(true);
  });
});

describe('TrayService after destroy', () => {
  it('does not bring the icon back when state changes during quit', () => {
    const service = new TrayService<string>(() => {});
    service.render(view);
    service.destroy();
    calls.length = 0;
    service.render({ ...view, tooltip: 'changed while quitting' });
    expect(calls.filter((call) => call.api === 'Tray')).toEqual([]);
  });
});
