import { describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../../src/main/state/errors.ts';
import { applyStartAtLogin } from '../../../src/main/state/start-at-login.ts';

describe('applyStartAtLogin', () => {
  it('changes the OS login item first, then saves', () => {
    const order: string[] = [];
    const result = applyStartAtLogin(
      true,
      false,
      (enabled) => order.push(`login item ${enabled}`),
      () => {
        order.push('save');
        return 'saved';
      },
    );
    expect(result).toBe('saved');
    expect(order).toEqual(['login item true', 'save']);
  });

  it('only saves when the setting does not change', () => {
    const setLoginItem = vi.fn();
    applyStartAtLogin(undefined, true, setLoginItem, () => null);
    applyStartAtLogin(true, true, setLoginItem, () => null);
    expect(setLoginItem).not.toHaveBeenCalled();
  });

  it('saves nothing when the OS refuses, and says so', () => {
    const save = vi.fn();
    const attempt = () =>
      applyStartAtLogin(
        true,
        false,
        () => {
          throw new Error('EACCES');
        },
        save,
      );
    expect(attempt).toThrow(UserFacingError);
    expect(attempt).toThrow('error.loginItem');
    expect(save).not.toHaveBeenCalled();
  });

  it('changes the login item back when saving fails', () => {
    const setLoginItem = vi.fn();
    expect(() =>
      applyStartAtLogin(false, true, setLoginItem, () => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(setLoginItem.mock.calls).toEqual([[false], [true]]);
  });

  it('sets the login item when its state is not known, and leaves it set when saving fails', () => {
    const setLoginItem = vi.fn();
    expect(applyStartAtLogin(false, null, setLoginItem, () => 'saved')).toBe('saved');
    expect(() =>
      applyStartAtLogin(true, null, setLoginItem, () => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(setLoginItem.mock.calls).toEqual([[false], [true]]);
  });
});
