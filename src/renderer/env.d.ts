/// <reference types="vite/client" />
import type { OptoutApi } from '../preload/api.ts';

declare global {
  interface Window {
    /** Exposed by the preload; undefined when the page runs outside the app. */
    optout: OptoutApi | undefined;
  }
}
