/** The reminder engine's figures: each case's median over 30 runs, after 3 warm-up runs. */
import { engineBenchCases } from './engine-cases.ts';
import { medianMs } from './stats.ts';

export const cases = engineBenchCases.map((benchCase) => ({
  name: benchCase.name,
  unit: benchCase.unit,
  target: benchCase.target,
  measure: async () => {
    for (let warmUp = 0; warmUp < 3; warmUp++) benchCase.run();
    return Math.round((await medianMs(30, benchCase.run)) * 100) / 100;
  },
}));
