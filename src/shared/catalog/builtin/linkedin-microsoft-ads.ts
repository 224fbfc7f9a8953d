import type { Checklist } from '../schema.ts';

/** LinkedIn — data sharing with Microsoft for ads (2025). Facts: catalog-facts.md §2. */
export const linkedinMicrosoftAds: Checklist = {
  id: 'linkedin-microsoft-ads',
  version: 1,
  organisation: 'LinkedIn',
  title: {
    en: 'LinkedIn: data sharing with Microsoft for ads',
    nl: 'LinkedIn: gegevens delen met Microsoft voor advertenties',
  },
  summary: {
    en: 'From 3 November 2025 LinkedIn shares more member data with its affiliate Microsoft for advertising. This applies outside the EU, the EEA and Switzerland. You can switch off "Data sharing" under Advertising data.',
    nl: 'Vanaf 3 november 2025 deelt LinkedIn meer gegevens van leden met zusterbedrijf Microsoft voor advertenties. Dit geldt buiten de EU, de EER en Zwitserland. Je kunt "Data sharing" onder Advertising data uitzetten.',
  },
  deadline: {
    instant: '2025-11-03T00:00:00Z',
    zone: 'UTC',
    sourceIds: ['tech-wire'],
    note: {
      en: 'LinkedIn gives a date, not a time or zone; the app counts from 00:00 UTC.',
      nl: 'LinkedIn noemt een datum, geen tijd of tijdzone; de app rekent vanaf 00:00 UTC.',
    },
  },
  regions: {
    include: ['WORLD'],
    exclude: ['EU', 'EEA', 'CH'],
    sourceIds: ['linkedin-help-a1397243'],
  },
  scope: 'account',
  facts: {
    used: [
      {
        text: {
          en: 'Profile data, feed activity and ad engagement, shared with Microsoft for ads.',
          nl: 'Profielgegevens, activiteit in je feed en interactie met advertenties, gedeeld met Microsoft voor advertenties.',
        },
        sourceIds: ['tech-wire'],
      },
    ],
    notUsed: [],
    caveats: [
      {
        text: {
          en: 'It does not apply in the EU, the EEA or Switzerland, so not in the Netherlands.',
          nl: 'Het geldt niet in de EU, de EER en Zwitserland, dus niet in Nederland.',
        },
        sourceIds: ['linkedin-help-a1397243'],
      },
      {
        text: {
          en: 'Gulf News reported that it does not apply in the UK either.',
          nl: 'Gulf News meldde dat het ook niet in het VK geldt.',
        },
        sourceIds: ['gulf-news'],
        uncertain: true,
      },
    ],
  },
  paths: {
    web: {
      steps: [
        {
          id: 'open-advertising-data',
          text: {
            en: 'In LinkedIn, open Settings & Privacy › Advertising data.',
            nl: 'Open in LinkedIn Instellingen & Privacy › Advertising data (advertentiegegevens).',
          },
          sourceIds: ['linkedin-help-a1397243'],
        },
        {
          id: 'switch-off',
          text: {
            en: 'Switch off "Data sharing" (reportedly labelled "Share data with affiliates and partners"). Switching off "Ads outside of LinkedIn" also switches it off.',
            nl: 'Zet "Data sharing" uit (naar verluidt met het label "Share data with affiliates and partners"). "Ads outside of LinkedIn" uitzetten zet het ook uit.',
          },
          sourceIds: ['linkedin-help-a1397243', 'tech-wire'],
        },
      ],
    },
  },
  sources: [
    { id: 'tech-wire', title: 'tech-wire.in, quoting LinkedIn' },
    { id: 'linkedin-help-a1397243', title: 'LinkedIn Help, article a1397243' },
    { id: 'gulf-news', title: 'Gulf News' },
  ],
  reviewedOn: '2026-11-23',
};
