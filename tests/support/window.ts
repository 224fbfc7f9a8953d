import type { WindowBounds } from '../../src/main/store/schema.ts';
import { createWindowController, type WindowOptions } from '../../src/main/window/main-window.ts';

export const testPaths = {
  preload: '/app/out/preload/index.cjs',
  rendererIndex: '/app/out/renderer/index.html',
  resources: '/app/resources',
};

/** A window controller over fake built paths; records saved bounds. */
export function testWindowController(overrides: Partial<WindowOptions> = {}) {
  const saved: WindowBounds[] = [];
  const windows = createWindowController({
    paths: testPaths,
    title: () => 'Opt-out Reminder',
    savedBounds: () => null,
    onBoundsSaved: (bounds) => saved.push(bounds),
    ...overrides,
  });
  return Object.assign(windows, { saved });
}
