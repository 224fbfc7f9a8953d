import type { Checklist, ChecklistPath } from '../schema.ts';

const mobilePath: ChecklistPath = {
  steps: [
    {
      id: 'open-activity',
      text: {
        en: 'In the Gemini app, tap your account icon › Gemini Apps Activity.',
        nl: 'Tik in de Gemini-app op je accounticoon › Gemini Apps Activity.',
      },
      sourceIds: ['infosunrise', 'digit'],
    },
    {
      id: 'switch-off',
      text: { en: 'Switch the activity setting off.', nl: 'Zet de activiteitsinstelling uit.' },
      sourceIds: ['infosunrise', 'digit'],
    },
  ],
};

/** Google — Gemini "Keep Activity" (2025). Facts: catalog-facts.md §6. */
export const googleGeminiActivity: Checklist = {
  id: 'google-gemini-activity',
  version: 1,
  organisation: 'Google',
  title: {
    en: 'Google Gemini: "Keep Activity"',
    nl: 'Google Gemini: "Keep Activity" (activiteit bewaren)',
  },
  summary: {
    en: 'From 2 September 2025 Google may use a sample of your uploads to Gemini when "Keep Activity" (formerly "Gemini Apps Activity") is on, which it is by default. Switch it off once per Google account.',
    nl: 'Vanaf 2 september 2025 mag Google een steekproef van je uploads naar Gemini gebruiken als "Keep Activity" (voorheen "Gemini Apps Activity") aan staat, wat standaard zo is. Zet het per Google-account één keer uit.',
  },
  deadline: {
    instant: '2025-09-02T00:00:00Z',
    zone: 'UTC',
    sourceIds: ['infosunrise', 'digit'],
    note: {
      en: 'Google gives a date, not a time or zone; the app counts from 00:00 UTC.',
      nl: 'Google noemt een datum, geen tijd of tijdzone; de app rekent vanaf 00:00 UTC.',
    },
  },
  regions: { include: ['WORLD'] },
  scope: 'account',
  facts: {
    used: [
      {
        text: {
          en: 'A sample of your uploads, while Keep Activity is on.',
          nl: 'Een steekproef van je uploads, zolang Keep Activity aan staat.',
        },
        sourceIds: ['infosunrise', 'digit'],
      },
    ],
    notUsed: [
      {
        text: {
          en: 'Temporary chats are not used, and are deleted after 72 hours.',
          nl: 'Tijdelijke chats worden niet gebruikt en na 72 uur verwijderd.',
        },
        sourceIds: ['infosunrise', 'digit'],
      },
    ],
    caveats: [
      {
        text: {
          en: 'The setting is on by default and belongs to your Google account: switch it off for each account you use.',
          nl: 'De instelling staat standaard aan en hoort bij je Google-account: zet hem uit voor elk account dat je gebruikt.',
        },
        sourceIds: ['infosunrise', 'digit'],
      },
    ],
  },
  paths: {
    web: {
      steps: [
        {
          id: 'open-activity',
          text: {
            en: 'Go to gemini.google.com and open Settings & help › Activity.',
            nl: 'Ga naar gemini.google.com en open Settings & help (Instellingen en hulp) › Activity (Activiteit).',
          },
          link: 'https://gemini.google.com/',
          sourceIds: ['infosunrise', 'digit'],
        },
        {
          id: 'switch-off',
          text: { en: 'Switch Keep Activity off.', nl: 'Zet Keep Activity uit.' },
          sourceIds: ['infosunrise', 'digit'],
        },
      ],
    },
    ios: mobilePath,
    android: mobilePath,
  },
  sources: [
    { id: 'infosunrise', title: 'infosunrise.com' },
    { id: 'digit', title: 'Digit (digit.in)' },
  ],
  reviewedOn: '2026-11-23',
};
