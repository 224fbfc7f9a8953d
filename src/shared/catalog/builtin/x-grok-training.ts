import type { Checklist } from '../schema.ts';

/** X — Grok training (no deadline). Facts: catalog-facts.md §5. */
export const xGrokTraining: Checklist = {
  id: 'x-grok-training',
  version: 1,
  organisation: 'X',
  title: { en: 'X: Grok training', nl: 'X: training van Grok' },
  summary: {
    en: 'X uses your posts and your interactions with Grok to train Grok unless you untick a box, which is ticked by default. In the EU and EEA, X agreed with the Irish DPC to stop this for good; elsewhere the setting still matters. There is no deadline.',
    nl: 'X gebruikt je berichten en wat je met Grok doet om Grok te trainen, tenzij je een vinkje weghaalt; dat staat standaard aan. In de EU en de EER heeft X met de Ierse DPC afgesproken hiermee definitief te stoppen; elders doet de instelling er nog toe. Er is geen deadline.',
  },
  regions: { include: ['WORLD'], exclude: ['EU', 'EEA'], sourceIds: ['siliconrepublic'] },
  settingsUrl: 'https://x.com/settings/grok_settings',
  settingsUrlUncertain: true,
  scope: 'account',
  facts: {
    used: [
      {
        text: {
          en: 'Your posts, and your interactions, inputs and results with Grok.',
          nl: 'Je berichten, en je interacties, invoer en resultaten met Grok.',
        },
        sourceIds: ['newsbytes'],
      },
    ],
    notUsed: [],
    caveats: [
      {
        text: {
          en: 'In the EU and EEA, X agreed with the Irish DPC to stop this processing permanently.',
          nl: 'In de EU en de EER heeft X met de Ierse DPC afgesproken deze verwerking definitief te stoppen.',
        },
        sourceIds: ['siliconrepublic'],
      },
      {
        text: {
          en: 'Separately, under the privacy policy of 15 November 2024, "Data sharing with business partners" lets third parties train on your data unless you opt out.',
          nl: 'Daarnaast laat "Data sharing with business partners" volgens het privacybeleid van 15 november 2024 derden op je gegevens trainen, tenzij je je afmeldt.',
        },
        sourceIds: ['siliconrepublic'],
      },
    ],
  },
  paths: {
    web: {
      steps: [
        {
          id: 'open-grok-settings',
          text: {
            en: 'Open Settings and privacy › Privacy and safety › Data sharing and personalization › Grok.',
            nl: 'Open Settings and privacy (Instellingen en privacy) › Privacy and safety › Data sharing and personalization › Grok.',
          },
          sourceIds: ['newsbytes'],
        },
        {
          id: 'untick',
          text: {
            en: 'Untick "Allow your posts as well as your interactions, inputs, and results with Grok to be used for training and fine-tuning".',
            nl: 'Haal het vinkje weg bij "Allow your posts as well as your interactions, inputs, and results with Grok to be used for training and fine-tuning".',
          },
          sourceIds: ['newsbytes'],
        },
      ],
    },
  },
  sources: [
    { id: 'newsbytes', title: 'NewsBytes', date: '2024-07-27' },
    { id: 'siliconrepublic', title: 'Silicon Republic', date: '2024-10-18' },
  ],
  reviewedOn: '2026-11-23',
};
