import { findChromium, missingChromiumMessage } from './chromium.ts';

/** Fails the e2e run up front, with instructions, when there is no Chromium to drive. */
export default function checkChromium(): void {
  if (!findChromium()) throw new Error(missingChromiumMessage);
}
