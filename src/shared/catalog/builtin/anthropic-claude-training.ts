import type { Checklist, ChecklistPath } from '../schema.ts';

const claudePath: ChecklistPath = {
  steps: [
    {
      id: 'open-settings',
      text: {
        en: 'Click or tap your name, then Settings.',
        nl: 'Klik of tik op je naam en dan op Settings (Instellingen).',
      },
      sourceIds: ['anthropic-help-12109829'],
    },
    {
      id: 'open-privacy',
      text: { en: 'Open Privacy.', nl: 'Open Privacy.' },
      sourceIds: ['anthropic-help-12109829'],
    },
    {
      id: 'switch-off',
      text: { en: 'Switch off "Help improve Claude".', nl: 'Zet "Help improve Claude" uit.' },
      sourceIds: ['anthropic-help-12109829'],
    },
  ],
};

/** Anthropic — "Help improve Claude" (2025). Facts: catalog-facts.md §4. */
export const anthropicClaudeTraining: Checklist = {
  id: 'anthropic-claude-training',
  version: 1,
  organisation: 'Anthropic',
  title: {
    en: 'Anthropic: training on your Claude chats',
    nl: 'Anthropic: training op je Claude-chats',
  },
  summary: {
    en: 'With "Help improve Claude" on, Anthropic may use your chats on the Free, Pro and Max plans (including Claude Code) to train its models. The deadline to choose was 28 September 2025, reportedly extended to 8 October 2025. Switching it off stops training on new chats.',
    nl: 'Met "Help improve Claude" aan mag Anthropic je chats op de Free-, Pro- en Max-abonnementen (ook Claude Code) gebruiken om zijn modellen te trainen. De keuze moest vóór 28 september 2025 gemaakt worden, naar verluidt uitgesteld tot 8 oktober 2025. Uitzetten stopt training op nieuwe chats.',
  },
  deadline: {
    instant: '2025-10-08T00:00:00Z',
    zone: 'UTC',
    sourceIds: ['goldfarb', 'ndtvprofit', 'secondary-summaries'],
    note: {
      en: 'Originally 28 September 2025; reportedly extended to 8 October 2025. No time of day was given; the app counts from 00:00 UTC.',
      nl: 'Oorspronkelijk 28 september 2025; naar verluidt uitgesteld tot 8 oktober 2025. Er is geen tijdstip genoemd; de app rekent vanaf 00:00 UTC.',
    },
  },
  regions: { include: ['WORLD'] },
  scope: 'account',
  facts: {
    used: [
      {
        text: {
          en: 'New or resumed chats on the Free, Pro and Max plans, including Claude Code, while the setting is on.',
          nl: 'Nieuwe of hervatte chats op de Free-, Pro- en Max-abonnementen, ook Claude Code, zolang de instelling aan staat.',
        },
        sourceIds: ['goldfarb', 'anthropic-help-12109829'],
      },
      {
        text: {
          en: 'With the setting on, chats are kept for up to 5 years; with it off, for 30 days.',
          nl: 'Met de instelling aan worden chats tot 5 jaar bewaard; uit: 30 dagen.',
        },
        sourceIds: ['anthropic-help-12109829'],
      },
    ],
    notUsed: [
      {
        text: {
          en: 'Claude for Work, Claude Gov, Claude for Education and the API are not covered by this change.',
          nl: 'Claude for Work, Claude Gov, Claude for Education en de API vallen niet onder deze wijziging.',
        },
        sourceIds: ['goldfarb'],
      },
      {
        text: {
          en: 'With the setting off, new chats are not used for training.',
          nl: 'Met de instelling uit worden nieuwe chats niet voor training gebruikt.',
        },
        sourceIds: ['anthropic-help-12109829'],
      },
    ],
    caveats: [
      {
        text: {
          en: 'Data already used in a training run stays there, and chats flagged for safety review may still be used.',
          nl: 'Gegevens die al in een trainingsronde zitten blijven daar, en chats die voor veiligheid zijn gemarkeerd kunnen nog gebruikt worden.',
        },
        sourceIds: ['anthropic-help-12109829'],
      },
      {
        text: {
          en: 'The original deadline was 28 September 2025.',
          nl: 'De oorspronkelijke deadline was 28 september 2025.',
        },
        sourceIds: ['goldfarb', 'ndtvprofit'],
      },
      {
        text: {
          en: 'Secondary summaries reported an extension to 8 October 2025.',
          nl: 'Secundaire samenvattingen meldden uitstel tot 8 oktober 2025.',
        },
        sourceIds: ['secondary-summaries'],
        uncertain: true,
      },
    ],
  },
  paths: { web: claudePath, ios: claudePath, android: claudePath },
  sources: [
    { id: 'anthropic-help-12109829', title: 'Anthropic Privacy Center, help article 12109829' },
    { id: 'goldfarb', title: 'goldfarb.com' },
    { id: 'ndtvprofit', title: 'NDTV Profit' },
    { id: 'secondary-summaries', title: 'Secondary news summaries (not individually recorded)' },
  ],
  reviewedOn: '2026-11-23',
};
