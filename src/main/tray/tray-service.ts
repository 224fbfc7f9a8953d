import { Menu, type MenuItemConstructorOptions, nativeImage, Tray } from 'electron';

/** One line of the tray menu, as data; `command` is what a click reports. */
export type TrayMenuItem<Command> =
  | { type: 'separator' }
  | { type?: 'normal'; command: Command; label: string; enabled?: boolean }
  | { type: 'checkbox'; command: Command; label: string; checked: boolean }
  | { type: 'submenu'; label: string; items: TrayMenuItem<Command>[] };

/** Everything the tray shows, derived from app state. */
export interface TrayView<Command> {
  iconPath: string;
  tooltip: string;
  menu: TrayMenuItem<Command>[];
}

/**
 * Renders a TrayView onto one Electron Tray. `render` is idempotent: the
 * same view twice changes nothing, so callers can render on every state
 * change without flicker.
 */
export class TrayService<Command> {
  #tray: Tray | null = null;
  #last: TrayView<Command> | null = null;
  #isDestroyed = false;
  readonly #onSelect: (command: Command) => void;

  constructor(onSelect: (command: Command) => void) {
    this.#onSelect = onSelect;
  }

  render(view: TrayView<Command>): void {
    // After quit began, a late state change must not bring the icon back.
    if (this.#isDestroyed) return;
    const last = this.#last;
    if (!this.#tray) this.#tray = new Tray(nativeImage.createFromPath(view.iconPath));
    else if (last?.iconPath !== view.iconPath)
      this.#tray.setImage(nativeImage.createFromPath(view.iconPath));
    if (last?.tooltip !== view.tooltip) this.#tray.setToolTip(view.tooltip);
    // A context menu is always set: on Linux (AppIndicator) clicks on the
    // icon are ignored and the menu is the only way in.
    if (!last || JSON.stringify(last.menu) !== JSON.stringify(view.menu))
      this.#tray.setContextMenu(Menu.buildFromTemplate(this.#toTemplate(view.menu)));
    this.#last = view;
  }

  /** Lets a click on the icon itself do something where the OS reports it. */
  onClick(listener: () => void): void {
    if (!this.#tray) throw new Error('render() the tray before listening to it');
    this.#tray.on('click', listener);
  }

  destroy(): void {
    this.#isDestroyed = true;
    this.#tray?.destroy();
    this.#tray = null;
    this.#last = null;
  }

  #toTemplate(items: TrayMenuItem<Command>[]): MenuItemConstructorOptions[] {
    return items.map((item): MenuItemConstructorOptions => {
      switch (item.type) {
        case 'separator':
          return { type: 'separator' };
        case 'submenu':
          return { label: item.label, submenu: this.#toTemplate(item.items) };
        case 'checkbox':
          return {
            type: 'checkbox',
            label: item.label,
            checked: item.checked,
            click: () => this.#onSelect(item.command),
          };
        default:
          return {
            label: item.label,
            enabled: item.enabled ?? true,
            click: () => this.#onSelect(item.command),
          };
      }
    });
  }
}
