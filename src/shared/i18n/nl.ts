import type { MessageKey } from './en.ts';
import { mainNl } from './main.nl.ts';
import { supportNl } from './support.nl.ts';
import { uiNl } from './ui.nl.ts';

/** Every Dutch message. */
export const nl: Record<MessageKey, string> = { ...mainNl, ...uiNl, ...supportNl };
