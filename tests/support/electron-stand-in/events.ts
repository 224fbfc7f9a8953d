/** The shape of Electron's preventable events. */
export interface StandInEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function createEvent<T extends object>(extra: T = {} as T): StandInEvent & T {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}
