/**
 * The channel names of the IPC contract, free of schemas: the sandboxed
 * preload needs only these, and importing them from ipc.ts would bundle zod
 * and Temporal into every window. ipc.ts re-exports them.
 */

/** Request/response channels, by the method name the preload exposes. */
export const invokeChannels = {
  getState: 'state:get',
  toggleStep: 'progress:toggle-step',
  markDoneElsewhere: 'progress:done-elsewhere',
  dismiss: 'progress:dismiss',
  reopen: 'progress:reopen',
  snooze: 'progress:snooze',
  confirmStillDone: 'progress:confirm-still-done',
  follow: 'progress:follow',
  snoozeAll: 'reminders:snooze-all',
  setPreferredPlatform: 'ui:set-preferred-platform',
  finishWelcome: 'ui:finish-welcome',
  dismissNotice: 'ui:dismiss-notice',
  updateSettings: 'settings:update',
  applyStartAtLogin: 'settings:apply-start-at-login',
  openSettingsPage: 'links:open-settings-page',
  openLink: 'links:open',
  openSource: 'links:open-source',
  sendTestNotification: 'notifications:test',
  saveCustomChecklist: 'custom:save',
  deleteCustomChecklist: 'custom:delete',
  importPack: 'packs:import',
  removePack: 'packs:remove',
  exportData: 'data:export',
  importData: 'data:import',
  exportCalendar: 'calendar:export',
  checkFeedsNow: 'feeds:check-now',
  subscribeFeed: 'feeds:subscribe',
  unsubscribeFeed: 'feeds:unsubscribe',
  getAbout: 'about:get',
  openFolder: 'about:open-folder',
  copyDiagnostics: 'about:copy-diagnostics',
  checkForUpdates: 'updates:check-now',
  downloadUpdate: 'updates:download',
  installUpdate: 'updates:install',
  openReleasePage: 'updates:open-release-page',
} as const;

/** Channels main pushes to the window. */
export const pushChannels = {
  stateChanged: 'state:changed',
  /** Main asks the window to show a checklist (tray line, notification click). */
  showChecklist: 'ui:show-checklist',
  /** Main asks the window to show Settings › About (tray "About Opt-out Reminder"). */
  showAbout: 'ui:show-about',
} as const;
