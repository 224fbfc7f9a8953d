import { app } from 'electron';

/**
 * Takes the single-instance lock. Returns false when another instance
 * holds it (this one should quit); otherwise calls `onSecondInstance`
 * with the new launch's command line whenever the user launches the app again.
 */
export function setupSingleInstance(onSecondInstance: (argv: string[]) => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv) => onSecondInstance(argv));
  return true;
}
