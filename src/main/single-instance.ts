import { app } from 'electron';

/**
 * Takes the single-instance lock. Returns false when another instance
 * holds it (this one should quit); otherwise calls `onSecondInstance`
 * whenever the user launches the app again.
 */
export function setupSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => onSecondInstance());
  return true;
}
