import { mainEn } from './main.en.ts';
import { supportEn } from './support.en.ts';
import { uiEn } from './ui.en.ts';

/** Every English message. The key set of this object is the contract every language must meet. */
export const en = { ...mainEn, ...uiEn, ...supportEn } as const;

export type MessageKey = keyof typeof en;
