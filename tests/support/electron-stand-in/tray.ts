import { EventEmitter } from 'node:events';
import { createEvent } from './events.ts';
import { record } from './recorder.ts';

/** Electron's NativeImage, enough for tray and window icons. */
export class NativeImage {
  readonly path: string | null;
  #isTemplate = false;

  constructor(path: string | null) {
    this.path = path;
  }

  isEmpty(): boolean {
    return this.path === null;
  }

  setTemplateImage(value: boolean): void {
    this.#isTemplate = value;
  }

  isTemplateImage(): boolean {
    return this.#isTemplate;
  }
}

export const nativeImage = {
  createFromPath: (path: string) => new NativeImage(path),
  createEmpty: () => new NativeImage(null),
};

export interface MenuItemOptions {
  label?: string;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  checked?: boolean;
  enabled?: boolean;
  visible?: boolean;
  id?: string;
  click?: (item: MenuItem, window: undefined, event: object) => void;
  submenu?: MenuItemOptions[] | Menu;
}

export class MenuItem {
  readonly label: string;
  readonly type: string;
  checked: boolean;
  readonly enabled: boolean;
  readonly id: string | undefined;
  readonly submenu: Menu | undefined;
  readonly #click: MenuItemOptions['click'];

  constructor(options: MenuItemOptions) {
    this.label = options.label ?? '';
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.checked = options.checked ?? false;
    this.enabled = options.enabled ?? true;
    this.id = options.id;
    this.#click = options.click;
    this.submenu =
      options.submenu instanceof Menu
        ? options.submenu
        : options.submenu
          ? Menu.buildFromTemplate(options.submenu)
          : undefined;
  }

  /** Does what a user's click does: checkboxes toggle first, then the handler runs. */
  click(): void {
    if (!this.enabled) throw new Error(`menu item "${this.label}" is disabled`);
    if (this.type === 'checkbox') this.checked = !this.checked;
    this.#click?.(this, undefined, {});
  }
}

export class Menu {
  readonly items: MenuItem[];

  constructor(items: MenuItem[] = []) {
    this.items = items;
  }

  static buildFromTemplate(template: MenuItemOptions[]): Menu {
    return new Menu(template.map((options) => new MenuItem(options)));
  }

  static setApplicationMenu(menu: Menu | null): void {
    record('Menu', 'setApplicationMenu', menu);
  }

  /** Finds an item by its label path, e.g. ['Snooze all', '1 hour']. */
  find(labels: string[]): MenuItem {
    const [first, ...rest] = labels;
    const item = this.items.find((candidate) => candidate.label === first);
    if (!item) throw new Error(`no menu item "${first}" in [${this.labels().join(', ')}]`);
    if (rest.length === 0) return item;
    if (!item.submenu) throw new Error(`menu item "${first}" has no submenu`);
    return item.submenu.find(rest);
  }

  labels(): string[] {
    return this.items.map((item) => (item.type === 'separator' ? '---' : item.label));
  }
}

export class Tray extends EventEmitter {
  static readonly all: Tray[] = [];
  image: NativeImage;
  tooltip = '';
  title = '';
  contextMenu: Menu | null = null;
  #destroyed = false;

  constructor(image: NativeImage | string) {
    super();
    this.image = typeof image === 'string' ? new NativeImage(image) : image;
    Tray.all.push(this);
    record('Tray', 'constructor', this.image.path);
  }

  setImage(image: NativeImage | string): void {
    this.image = typeof image === 'string' ? new NativeImage(image) : image;
    record('Tray', 'setImage', this.image.path);
  }

  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
    record('Tray', 'setToolTip', tooltip);
  }

  setTitle(title: string): void {
    this.title = title;
    record('Tray', 'setTitle', title);
  }

  setContextMenu(menu: Menu | null): void {
    this.contextMenu = menu;
    record('Tray', 'setContextMenu', menu?.labels() ?? null);
  }

  destroy(): void {
    this.#destroyed = true;
    record('Tray', 'destroy');
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  /** Test driver: a click on the icon (which Linux AppIndicator never reports). */
  simulateClick(): void {
    this.emit('click', createEvent(), { x: 0, y: 0, width: 16, height: 16 });
  }
}

/** The tray a user would see: the newest one that is not destroyed. */
export function liveTray(): Tray | null {
  return Tray.all.findLast((tray) => !tray.isDestroyed()) ?? null;
}
