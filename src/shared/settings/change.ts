import { z } from 'zod';
import { DEFAULT_SETTINGS, quietHoursSchema, type Settings, settingsSchema } from './schema.ts';

/** Settings only main itself sets (through "Snooze all"), never through a settings change. */
const mainOnly = { snoozeAllUntil: true } as const;
type ChangeableShape = Omit<typeof settingsSchema.shape, keyof typeof mainOnly>;

type WithoutDefaults<Shape extends z.ZodRawShape> = {
  [K in keyof Shape]: z.ZodOptional<
    Shape[K] extends z.ZodDefault<infer Inner extends z.ZodType> ? Inner : Shape[K]
  >;
};

/**
 * Every changeable settings field as optional and without its default: a
 * zod default inside a partial schema would fill each one-field change with
 * every other default, and merging that would reset the user's settings.
 */
function optionalWithoutDefaults<Shape extends z.ZodRawShape>(
  shape: Shape,
): WithoutDefaults<Shape> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => {
      const inner = field instanceof z.ZodDefault ? field.removeDefault() : field;
      return [key, z.optional(inner)];
    }),
  ) as WithoutDefaults<Shape>;
}

/**
 * One change the window asks for: the fields it names and nothing else
 * (unknown keys rejected). Lists and pairs that the window edits one piece at
 * a time are sent as that piece, so two quick changes built from the same
 * snapshot cannot undo each other:
 * - `leadTime`: switch one lead time on or off;
 * - `quietHours`: `null` (off), or the part that changed (the rest is kept,
 *   or taken from the default when quiet hours were off).
 * New settings fields become changeable here without further work.
 */
export const settingsChangeSchema = z
  .strictObject(optionalWithoutDefaults(settingsSchema.omit(mainOnly).shape as ChangeableShape))
  .extend({
    quietHours: quietHoursSchema.partial().strict().nullable().optional(),
    leadTime: z
      .strictObject({
        minutes: settingsSchema.shape.leadTimesMinutes.unwrap().element,
        isOn: z.boolean(),
      })
      .optional(),
  });
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

/**
 * Merges a change onto the stored settings and validates the result; fields
 * the change does not name stay exactly as they were.
 * @throws ZodError when the merged settings are invalid (e.g. an 11th lead time).
 */
export function applySettingsChange(settings: Settings, change: SettingsChange): Settings {
  const { leadTime, quietHours, ...fields } = change;
  const next: Record<string, unknown> = { ...settings };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) next[key] = value;
  if (quietHours !== undefined)
    next.quietHours =
      quietHours === null
        ? null
        : { ...(settings.quietHours ?? DEFAULT_SETTINGS.quietHours), ...quietHours };
  if (leadTime) {
    const current = next.leadTimesMinutes as number[];
    const others = current.filter((minutes) => minutes !== leadTime.minutes);
    next.leadTimesMinutes = (leadTime.isOn ? [...others, leadTime.minutes] : others).sort(
      (a, b) => b - a,
    );
  }
  return settingsSchema.parse(next);
}
