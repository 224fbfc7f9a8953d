import { UserFacingError } from './errors.ts';

/**
 * The one rule for changing "Start at login" (from Settings, the tray, or a
 * notice that the OS differs): the OS login item is changed first and the
 * setting saved only if that worked; if saving then fails, the login item
 * is changed back. A setting saved but not applied, or applied but not
 * saved, would show a lie.
 *
 * `current` is what the login item is now: `enabled` undefined or equal to
 * it leaves the OS alone and only saves; `null` (not known, e.g. the OS was
 * found to differ from the setting) always sets it, and with nothing known
 * to return to, a failed save leaves it set. Throws a `UserFacingError`
 * when the OS refuses, and whatever `save` throws.
 */
export function applyStartAtLogin<T>(
  enabled: boolean | undefined,
  current: boolean | null,
  setLoginItem: (enabled: boolean) => void,
  save: () => T,
): T {
  const isChange = enabled !== undefined && enabled !== current;
  if (isChange) {
    try {
      setLoginItem(enabled);
    } catch (error) {
      throw new UserFacingError('write-failed', 'error.loginItem', { cause: error });
    }
  }
  try {
    return save();
  } catch (error) {
    if (isChange && current !== null) setLoginItem(current);
    throw error;
  }
}
