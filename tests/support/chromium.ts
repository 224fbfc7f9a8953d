import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const missingChromiumMessage =
  'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: ' +
  '`sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** The Chromium to drive: CHROMIUM_PATH, or the first usual install location that exists. */
export function findChromium(): string | null {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : null;
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

// Flags that keep Chromium off the (absent) network; file access lets the
// built renderer load its module scripts from file:// as Electron's does.
const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--allow-file-access-from-files',
];

let browser: Promise<Browser> | null = null;

/** One headless Chromium per test file, launched on first use. */
export function sharedBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage);
  browser ??= chromium.launch({ executablePath, headless: true, args: launchArgs });
  return browser;
}

export async function closeSharedBrowser(): Promise<void> {
  const open = browser;
  browser = null;
  await (await open)?.close();
}
