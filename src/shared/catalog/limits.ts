/** Size bounds shared by every checklist, whether built in, imported or user-made. */
export const LIMITS = {
  idLength: 64,
  organisationLength: 80,
  titleLength: 120,
  summaryLength: 600,
  factLength: 400,
  stepLength: 400,
  noteLength: 300,
  sourceTitleLength: 200,
  urlLength: 2048,
  factsPerList: 20,
  stepsPerPath: 30,
  sourcesPerChecklist: 30,
  sourceRefsPerItem: 5,
  regionsPerRule: 60,
  checklistsPerPack: 200,
  packNameLength: 120,
  /** Deepest nesting accepted in an imported JSON document. */
  jsonDepth: 12,
  /** Largest imported pack text, in UTF-16 code units. */
  packTextLength: 2_000_000,
} as const;
