/**
 * Where a stand-in BrowserWindow's page actually runs. Without a host (unit
 * tests) windows load nothing; the e2e driver installs one that opens the
 * built renderer in headless Chromium.
 */
export interface RendererHost {
  open(windowId: number, url: string, preloadPath: string | undefined): Promise<void>;
  send(windowId: number, channel: string, args: unknown[]): void;
  close(windowId: number): void;
}

let host: RendererHost | null = null;

export function setRendererHost(next: RendererHost | null): void {
  host = next;
}

export function rendererHost(): RendererHost | null {
  return host;
}
