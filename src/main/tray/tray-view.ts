import { join } from 'node:path';
import { snoozePresets } from '../../shared/constants.ts';
import { type Locale, translate } from '../../shared/i18n/index.ts';
import type { TraySummary } from '../../shared/reminders/index.ts';
import type { TrayMenuItem, TrayView } from './tray-service.ts';

export type TrayIconState = TraySummary['state'] | 'attention';

export interface TrayViewInput {
  summary: TraySummary;
  locale: Locale;
  platform: NodeJS.Platform;
  iconsDir: string;
  isPaused: boolean;
  isSnoozed: boolean;
  startAtLogin: boolean;
  /** A notification failed or the store needed repair: the icon asks for a look. */
  attention: 'notifications' | 'store' | null;
}

/** The icon file per OS: macOS template images (1x/2x picked by name), Windows .ico, Linux PNG. */
export function trayIconPath(iconsDir: string, state: TrayIconState, platform: NodeJS.Platform) {
  if (platform === 'darwin') return join(iconsDir, `tray-${state}Template.png`);
  if (platform === 'win32') return join(iconsDir, `tray-${state}.ico`);
  return join(iconsDir, `tray-${state}.png`);
}

/**
 * The whole tray from state: icon, tooltip and menu. The menu alone
 * reaches everything, since Linux AppIndicator never reports icon clicks.
 */
export function buildTrayView(input: TrayViewInput): TrayView {
  const t = (key: Parameters<typeof translate>[1]) => translate(input.locale, key);
  const tooltip =
    input.attention === 'notifications'
      ? `${input.summary.tooltip}\n${t('tray.tooltip.attention')}`
      : input.attention === 'store'
        ? `${input.summary.tooltip}\n${t('tray.tooltip.storeProblem')}`
        : input.isPaused
          ? `${input.summary.tooltip}\n${t('tray.tooltip.paused')}`
          : input.summary.tooltip;
  const snoozeItems: TrayMenuItem[] = snoozePresets
    .filter((preset) => preset !== 'off' || input.isSnoozed)
    .map((preset) => ({ id: `snooze-all:${preset}`, label: t(`tray.snooze.${preset}`) }));
  const menu: TrayMenuItem[] = [
    ...input.summary.items.map((item) => ({
      id: `checklist:${item.checklistId}`,
      label: item.label,
    })),
    ...(input.summary.items.length > 0 ? [{ type: 'separator' as const }] : []),
    { id: 'open', label: t('tray.open') },
    { type: 'submenu', label: t('tray.snoozeAll'), items: snoozeItems },
    { type: 'checkbox', id: 'pause', label: t('tray.pause'), checked: input.isPaused },
    {
      type: 'checkbox',
      id: 'start-at-login',
      label: t('tray.startAtLogin'),
      checked: input.startAtLogin,
    },
    { type: 'separator' },
    { id: 'about', label: t('tray.about') },
    { id: 'quit', label: t('tray.quit') },
  ];
  return {
    iconPath: trayIconPath(
      input.iconsDir,
      input.attention ? 'attention' : input.summary.state,
      input.platform,
    ),
    tooltip,
    menu,
  };
}
