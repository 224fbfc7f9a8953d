import type { Checklist } from '../schema.ts';

const FORM_URL = 'https://www.facebook.com/help/contact/6359191084165019';

const keepEmail = {
  id: 'keep-confirmation',
  text: {
    en: 'Wait for the confirmation e-mail and keep it.',
    nl: 'Wacht op de bevestigingsmail en bewaar die.',
  },
  sourceIds: ['vivdunstan', 'consumentenbond'],
};

/** Meta (Facebook, Instagram) — objection to AI training (2025). Facts: catalog-facts.md §3. */
export const metaAiTraining: Checklist = {
  id: 'meta-ai-training',
  version: 1,
  organisation: 'Meta',
  title: { en: 'Meta: object to AI training', nl: 'Meta: bezwaar tegen AI-training' },
  summary: {
    en: 'On 27 May 2025 Meta started training its AI on public posts and comments of adults in the EU, EEA and UK. You can object with a form in the Privacy Center of Facebook or Instagram. The AP advised objecting before 27 May; objecting now still stops future use.',
    nl: 'Op 27 mei 2025 begon Meta zijn AI te trainen op openbare berichten en reacties van volwassenen in de EU, de EER en het VK. Je kunt bezwaar maken met een formulier in het Privacycentrum van Facebook of Instagram. De AP adviseerde vóór 27 mei bezwaar te maken; nu bezwaar maken stopt nog steeds toekomstig gebruik.',
  },
  deadline: {
    instant: '2025-05-27T00:00:00+02:00',
    zone: 'Europe/Amsterdam',
    sourceIds: ['privacy-web-nl'],
  },
  regions: { include: ['EU', 'EEA', 'GB'], sourceIds: ['nairametrics'] },
  settingsUrl: FORM_URL,
  settingsUrlUncertain: true,
  scope: 'account',
  facts: {
    used: [
      {
        text: {
          en: 'Public posts and comments of adult users.',
          nl: 'Openbare berichten en reacties van volwassen gebruikers.',
        },
        sourceIds: ['finanznachrichten'],
      },
      {
        text: {
          en: 'Your interactions with Meta AI, such as prompts and image requests.',
          nl: 'Wat je met Meta AI doet, zoals vragen en verzoeken om afbeeldingen.',
        },
        sourceIds: ['finanznachrichten'],
      },
    ],
    notUsed: [
      {
        text: {
          en: 'Private messages, and accounts of people under 18.',
          nl: 'Privéberichten, en accounts van mensen jonger dan 18.',
        },
        sourceIds: ['finanznachrichten'],
      },
    ],
    caveats: [
      {
        text: {
          en: 'One objection covers all accounts linked in the same Accounts Center.',
          nl: 'Eén bezwaar geldt voor alle accounts die in hetzelfde Accountcentrum gekoppeld zijn.',
        },
        sourceIds: ['hartvannederland', 'iphoned'],
      },
      {
        text: {
          en: 'The AP advised objecting: data in a model is hard to remove, and it is unclear whether this opt-out approach is lawful. The AP checked the forms and found that they work.',
          nl: 'De AP adviseerde bezwaar te maken: gegevens in een model zijn moeilijk te verwijderen, en het is onduidelijk of deze opt-out-aanpak rechtmatig is. De AP controleerde de formulieren en die werken.',
        },
        sourceIds: ['security-nl-885304', 'privacy-web-nl'],
      },
      {
        text: {
          en: "The form's direct address (facebook.com/help/contact/6359191084165019) comes from one secondary source; the route through the Privacy Center is the sure one.",
          nl: 'Het directe adres van het formulier (facebook.com/help/contact/6359191084165019) komt uit één secundaire bron; de route via het Privacycentrum is de zekere.',
        },
        sourceIds: ['legalclarity'],
        uncertain: true,
      },
    ],
  },
  paths: {
    web: {
      note: { en: 'Facebook', nl: 'Facebook' },
      steps: [
        {
          id: 'open-privacy-center',
          text: {
            en: 'On Facebook, open Settings & Privacy › Privacy Center.',
            nl: 'Open op Facebook Instellingen › Privacycentrum.',
          },
          sourceIds: ['vivdunstan', 'consumentenbond'],
        },
        {
          id: 'open-objection',
          text: {
            en: 'Click the link "object".',
            nl: 'Klik op de blauwe link "bezwaar maken".',
          },
          sourceIds: ['vivdunstan', 'consumentenbond'],
        },
        {
          id: 'submit-form',
          text: {
            en: 'Fill in the form (your e-mail address; a reason is optional) and press Submit.',
            nl: 'Vul het formulier in (je e-mailadres; een reden is optioneel) en verstuur het.',
          },
          sourceIds: ['vivdunstan'],
        },
        keepEmail,
      ],
    },
    other: {
      note: { en: 'Instagram app', nl: 'Instagram-app' },
      steps: [
        {
          id: 'open-privacy-center',
          text: {
            en: 'In Instagram, open Settings and privacy › Privacy Center.',
            nl: 'Open in Instagram Instellingen en privacy › Privacycentrum.',
          },
          sourceIds: ['techrads'],
        },
        {
          id: 'submit-objection',
          text: {
            en: 'Tap "object", fill in the form and submit it.',
            nl: 'Tik op "bezwaar maken", vul het formulier in en verstuur het.',
          },
          sourceIds: ['techrads', 'consumentenbond'],
        },
        keepEmail,
      ],
    },
  },
  sources: [
    { id: 'nairametrics', title: 'Nairametrics, quoting Meta' },
    { id: 'finanznachrichten', title: 'finanznachrichten.de' },
    { id: 'vivdunstan', title: 'vivdunstan.dreamwidth.org, entry 594879' },
    { id: 'consumentenbond', title: 'creditexpo.nl, citing the Consumentenbond' },
    { id: 'techrads', title: 'Techrads' },
    { id: 'hartvannederland', title: 'Hart van Nederland' },
    { id: 'iphoned', title: 'iPhoned.nl' },
    { id: 'security-nl-885304', title: 'Security.NL, posting 885304 (AP advice)' },
    {
      id: 'privacy-web-nl',
      title: 'privacy-web.nl, copy of the AP statement of 26 May 2025',
      date: '2025-05-26',
    },
    { id: 'legalclarity', title: 'legalclarity.org' },
  ],
  reviewedOn: '2026-11-23',
};
