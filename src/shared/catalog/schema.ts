import { z } from 'zod';
import { PLATFORMS } from '../constants.ts';
import { LIMITS } from './limits.ts';
import {
  catalogIssue,
  deadlineSchema,
  httpsUrlSchema,
  localizedSchema,
  plainDateSchema,
  regionCodeSchema,
  slugSchema,
  sourceRefsSchema,
  textSchema,
} from './primitives.ts';

export { PLATFORMS, type Platform } from '../constants.ts';
/** One of {@link PLATFORMS}. */
export const platformSchema = z.enum(PLATFORMS);

/** One fact, with the sources it rests on; `uncertain` facts are worded as reported/likely. */
export const factSchema = z.strictObject({
  text: localizedSchema(LIMITS.factLength),
  sourceIds: sourceRefsSchema.optional(),
  uncertain: z.boolean().optional(),
});

/** One instruction, optionally with an https link. */
export const stepSchema = z.strictObject({
  id: slugSchema,
  text: localizedSchema(LIMITS.stepLength),
  link: httpsUrlSchema.optional(),
  sourceIds: sourceRefsSchema.optional(),
  uncertain: z.boolean().optional(),
});

/** The steps for one platform. */
export const pathSchema = z.strictObject({
  steps: z.array(stepSchema).min(1).max(LIMITS.stepsPerPath),
  note: localizedSchema(LIMITS.noteLength).optional(),
});

/**
 * A source a fact or step is traced to. `url` and `date` are optional because
 * some sources are known only by publication and number (e.g. "LinkedIn Help
 * a6278444"); an address is never guessed.
 */
export const sourceSchema = z.strictObject({
  id: slugSchema,
  title: textSchema(LIMITS.sourceTitleLength),
  url: httpsUrlSchema.optional(),
  /** Publication date. */
  date: plainDateSchema.optional(),
});

const regionListSchema = z.array(regionCodeSchema).max(LIMITS.regionsPerRule);

/** Where a checklist applies; see `regions.ts` for the codes. */
export const regionRuleSchema = z.strictObject({
  include: regionListSchema.min(1),
  exclude: regionListSchema.optional(),
  sourceIds: sourceRefsSchema.optional(),
});

const factListSchema = z.array(factSchema).max(LIMITS.factsPerList);

/** The schema every checklist passes: built in, imported or made by the user. */
export const checklistSchema = z
  .strictObject({
    id: slugSchema,
    version: z.int().min(1).max(1_000_000),
    organisation: textSchema(LIMITS.organisationLength),
    title: localizedSchema(LIMITS.titleLength),
    summary: localizedSchema(LIMITS.summaryLength),
    facts: z.strictObject({
      used: factListSchema,
      notUsed: factListSchema,
      caveats: factListSchema,
    }),
    deadline: deadlineSchema.optional(),
    regions: regionRuleSchema,
    settingsUrl: httpsUrlSchema.optional(),
    /** The settings URL comes from a single secondary source: show it, but say so. */
    settingsUrlUncertain: z.boolean().optional(),
    scope: z.enum(['account', 'device']),
    /**
     * False when the platform offers no switch to opt out: the entry informs,
     * and its steps are what the user can do instead. Absent means true.
     */
    hasOptOut: z.boolean().optional(),
    paths: z.strictObject({
      web: pathSchema.optional(),
      ios: pathSchema.optional(),
      android: pathSchema.optional(),
      'desktop-app': pathSchema.optional(),
      other: pathSchema.optional(),
    }),
    sources: z.array(sourceSchema).max(LIMITS.sourcesPerChecklist),
    reviewedOn: plainDateSchema,
  })
  .superRefine((checklist, ctx) => {
    const sourceIds = new Set<string>();
    checklist.sources.forEach((source, index) => {
      if (sourceIds.has(source.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', index, 'id'],
          ...catalogIssue('duplicate_id'),
        });
      }
      sourceIds.add(source.id);
    });
    const checkRefs = (refs: readonly string[] | undefined, path: (string | number)[]): void => {
      refs?.forEach((ref, index) => {
        if (!sourceIds.has(ref)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'sourceIds', index],
            ...catalogIssue('unknown_source'),
          });
        }
      });
    };
    for (const list of ['used', 'notUsed', 'caveats'] as const) {
      checklist.facts[list].forEach((fact, index) => {
        checkRefs(fact.sourceIds, ['facts', list, index]);
      });
    }
    checkRefs(checklist.regions.sourceIds, ['regions']);
    checkRefs(checklist.deadline?.sourceIds, ['deadline']);
    let pathCount = 0;
    for (const platform of PLATFORMS) {
      const path = checklist.paths[platform];
      if (!path) continue;
      pathCount += 1;
      const stepIds = new Set<string>();
      path.steps.forEach((step, index) => {
        const at = ['paths', platform, 'steps', index];
        if (stepIds.has(step.id))
          ctx.addIssue({ code: 'custom', path: [...at, 'id'], ...catalogIssue('duplicate_id') });
        stepIds.add(step.id);
        checkRefs(step.sourceIds, at);
      });
    }
    if (pathCount === 0)
      ctx.addIssue({ code: 'custom', path: ['paths'], ...catalogIssue('no_paths') });
  });

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistStep = z.infer<typeof stepSchema>;
export type ChecklistPath = z.infer<typeof pathSchema>;
export type ChecklistSource = z.infer<typeof sourceSchema>;
export type ChecklistFact = z.infer<typeof factSchema>;
export type LocalizedText = { readonly en: string; readonly nl: string };

/** Identifies the JSON format of an exported/imported pack. */
export const PACK_FORMAT = 'optout-reminder/checklist-pack';

/** A pack of checklists, as exported by the app or prepared by e.g. a privacy officer. */
export const checklistPackSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(1),
    name: textSchema(LIMITS.packNameLength).optional(),
    checklists: z.array(checklistSchema).min(1).max(LIMITS.checklistsPerPack),
  })
  .superRefine((pack, ctx) => {
    const ids = new Set<string>();
    pack.checklists.forEach((checklist, index) => {
      if (ids.has(checklist.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['checklists', index, 'id'],
          ...catalogIssue('duplicate_id'),
        });
      }
      ids.add(checklist.id);
    });
  });

export type ChecklistPack = z.infer<typeof checklistPackSchema>;
