/**
 * Figures a test reports for `npm test`'s summary (e.g. how many model-based
 * commands ran, how many days a long run simulated). scripts/test.mjs sets
 * OPTOUT_FIGURES_DIR and prints what lands there; run alone, a test prints
 * its figure instead.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

export function recordFigure(name: string, text: string): void {
  const line = `${name}: ${text}`;
  const dir = process.env.OPTOUT_FIGURES_DIR;
  if (dir) appendFileSync(join(dir, 'figures.txt'), `${line}\n`);
  else console.log(line);
}
