import { log } from './log.ts';

/**
 * An error nobody caught in main is logged and the app carries on: the tray
 * and the scheduler stay, and Electron's own error dialog is not shown
 * (it appears only when no handler is registered). Renderer crashes are
 * handled per window (window/main-window.ts).
 */
export function setupCrashHandling(): void {
  process.on('uncaughtException', (error) => log.error('uncaught error in main', error));
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection in main', reason));
}
