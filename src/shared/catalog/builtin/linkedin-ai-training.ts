import type { Checklist } from '../schema.ts';

/** LinkedIn — generative AI training (2025). Facts: catalog-facts.md §1. */
export const linkedinAiTraining: Checklist = {
  id: 'linkedin-ai-training',
  version: 1,
  organisation: 'LinkedIn',
  title: { en: 'LinkedIn: AI training', nl: 'LinkedIn: AI-training' },
  summary: {
    en: 'From 3 November 2025 LinkedIn uses member data to train AI models that create content, unless you switch off "Data for Generative AI Improvement". The Dutch Data Protection Authority (AP) advised changing the setting before 3 November. Switching it off now still stops future use.',
    nl: 'Vanaf 3 november 2025 gebruikt LinkedIn gegevens van leden om AI-modellen te trainen die content maken, tenzij je "Gegevens voor verbetering van generatieve AI" uitzet. De Autoriteit Persoonsgegevens (AP) adviseerde de instelling vóór 3 november aan te passen. Nu uitzetten stopt nog steeds het toekomstige gebruik.',
  },
  deadline: {
    instant: '2025-11-03T00:00:00+01:00',
    zone: 'Europe/Amsterdam',
    sourceIds: ['security-nl-905970', 'nltimes-2025-09-24'],
  },
  regions: { include: ['EU', 'EEA', 'CH', 'GB'], sourceIds: ['linkedin-help-a8059228'] },
  settingsUrl: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
  scope: 'account',
  facts: {
    used: [
      {
        text: {
          en: 'Your profile: name, photo, current and past positions, education, location, skills, certifications, licences, volunteering, publications, patents, endorsements and recommendations.',
          nl: 'Je profiel: naam, foto, huidige en eerdere functies, opleiding, locatie, vaardigheden, certificaten, licenties, vrijwilligerswerk, publicaties, patenten, aanbevelingen en onderschrijvingen.',
        },
        sourceIds: ['pcmag-linkedin-faq', 'socialmediaforlearning'],
      },
      {
        text: {
          en: "What you put into LinkedIn's AI features, and feedback you give.",
          nl: 'Wat je invoert in de AI-functies van LinkedIn, en feedback die je geeft.',
        },
        sourceIds: ['pcmag-linkedin-faq', 'socialmediaforlearning'],
      },
      {
        text: {
          en: 'Job-related data such as answers to screening questions and saved CVs.',
          nl: 'Gegevens rond vacatures, zoals antwoorden op screeningsvragen en opgeslagen cv’s.',
        },
        sourceIds: ['pcmag-linkedin-faq', 'socialmediaforlearning'],
      },
      {
        text: {
          en: 'Group activity, public posts and comments.',
          nl: 'Activiteit in groepen, openbare berichten en reacties.',
        },
        sourceIds: ['pcmag-linkedin-faq', 'socialmediaforlearning'],
      },
    ],
    notUsed: [
      {
        text: {
          en: 'Private messages, login details, payment data, salary data and job applications tied to a member.',
          nl: 'Privéberichten, inloggegevens, betaalgegevens, salarisgegevens en sollicitaties die aan een lid gekoppeld zijn.',
        },
        sourceIds: ['pcmag-linkedin-faq'],
      },
      {
        text: {
          en: 'Data of members LinkedIn believes to be under 18, "even if your setting appears turned on".',
          nl: 'Gegevens van leden van wie LinkedIn denkt dat ze jonger zijn dan 18, "ook als je instelling aan lijkt te staan".',
        },
        sourceIds: ['theleftshift'],
      },
    ],
    caveats: [
      {
        text: {
          en: 'Switching it off does not undo training that has already happened; it stops future use.',
          nl: 'Uitzetten maakt training die al heeft plaatsgevonden niet ongedaan; het stopt toekomstig gebruik.',
        },
        sourceIds: ['linkedin-help-a6278444', 'security-nl-911530'],
      },
      {
        text: {
          en: 'The setting covers content-generating models only, not personalisation or security models. For those, LinkedIn offers a Data Processing Objection Form (reportedly at linkedin.com/help/linkedin/ask/TS-DPRO; that address comes from one secondary source).',
          nl: 'De instelling geldt alleen voor modellen die content maken, niet voor personalisatie- of beveiligingsmodellen. Daarvoor heeft LinkedIn een bezwaarformulier (naar verluidt op linkedin.com/help/linkedin/ask/TS-DPRO; dat adres komt uit één secundaire bron).',
        },
        sourceIds: ['linkedin-help-a6278444', 'legalclarity'],
      },
      {
        text: {
          en: 'LinkedIn relies on "legitimate interests" as its legal basis.',
          nl: 'LinkedIn beroept zich op "gerechtvaardigd belang" als rechtsgrond.',
        },
        sourceIds: ['linkedin-privacy-notice'],
      },
      {
        text: {
          en: 'The AP warned that data going back to 2003 may be used, that special categories (health, ethnicity, religion, political views) need care, and that data cannot simply be removed from a model once it is in. Whether LinkedIn may do this is not yet settled; the Irish DPC is the lead regulator.',
          nl: 'De AP waarschuwde dat gegevens tot 2003 terug gebruikt kunnen worden, dat bijzondere gegevens (gezondheid, etniciteit, religie, politieke voorkeur) extra zorg vragen en dat gegevens niet zomaar uit een model te halen zijn. Of LinkedIn dit mag, staat nog niet vast; de Ierse DPC is de leidende toezichthouder.',
        },
        sourceIds: ['security-nl-905970', 'nltimes-2025-09-24', 'accountancyvanmorgen'],
      },
      {
        text: {
          en: 'It is a setting of your account, so switching it off once per account is very likely enough, on any device. Each separate account needs its own switch.',
          nl: 'Het is een instelling van je account, dus één keer uitzetten per account is zeer waarschijnlijk genoeg, op elk apparaat. Elk apart account moet je los uitzetten.',
        },
        sourceIds: ['linkedin-help-a1397243'],
        uncertain: true,
      },
    ],
  },
  paths: {
    web: {
      steps: [
        {
          id: 'open-settings',
          text: {
            en: 'Click Me (your profile photo) and choose Settings & Privacy.',
            nl: 'Klik op je profielfoto ("Me"/"Ik") en kies Instellingen & Privacy.',
          },
          sourceIds: ['inquirer-137250', 'security-nl-905970'],
        },
        {
          id: 'open-data-privacy',
          text: {
            en: 'Open Data privacy and, under "How LinkedIn uses your data", choose Data for Generative AI Improvement.',
            nl: 'Open Gegevensprivacy en kies "Gegevens voor verbetering van generatieve AI".',
          },
          link: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
          sourceIds: ['inquirer-137250', 'security-nl-905970', 'linkedin-privacy-notice'],
        },
        {
          id: 'switch-off',
          text: {
            en: 'Switch off "Use my data for training content creation AI models".',
            nl: 'Zet "Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt" uit.',
          },
          sourceIds: ['inquirer-137250', 'pcforalla', 'iphoned'],
        },
      ],
    },
    ios: {
      steps: [
        {
          id: 'tap-photo',
          text: {
            en: 'Tap your profile photo (top left).',
            nl: 'Tik op je profielfoto (linksboven).',
          },
          sourceIds: ['iphoned'],
        },
        {
          id: 'open-settings',
          text: {
            en: 'Tap Settings at the bottom ("Instellingen" in Dutch).',
            nl: 'Tik onderaan op Instellingen.',
          },
          sourceIds: ['iphoned', 'linkedin-help-a1341705'],
        },
        {
          id: 'open-data-privacy',
          text: {
            en: 'Tap Data privacy ("Gegevensprivacy"), then Data for Generative AI Improvement ("Gegevens voor verbetering van generatieve AI").',
            nl: 'Tik op Gegevensprivacy en dan op "Gegevens voor verbetering van generatieve AI".',
          },
          sourceIds: ['iphoned', 'linkedin-help-a1341705'],
        },
        {
          id: 'switch-off',
          text: {
            en: 'Switch off "Use my data for training content creation AI models".',
            nl: 'Zet "Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt" uit.',
          },
          sourceIds: ['iphoned', 'inquirer-137250'],
        },
      ],
    },
    android: {
      note: {
        en: 'No source gives the Android labels. LinkedIn documents the same mobile path on both apps for a related setting, so this path is likely right; the web page is the sure route.',
        nl: 'Geen bron noemt de labels in de Android-app. LinkedIn beschrijft voor een verwante instelling hetzelfde pad in beide apps, dus dit pad klopt waarschijnlijk; de webpagina is de zekere route.',
      },
      steps: [
        {
          id: 'open-data-privacy',
          text: {
            en: 'Tap your profile picture, then Settings, then Data privacy (likely the same as on iPhone).',
            nl: 'Tik op je profielfoto, dan Instellingen, dan Gegevensprivacy (waarschijnlijk net als op de iPhone).',
          },
          sourceIds: ['linkedin-help-a1341705'],
          uncertain: true,
        },
        {
          id: 'switch-off',
          text: {
            en: 'Open Data for Generative AI Improvement and switch the toggle off. Not found? Use the settings page on the web instead.',
            nl: 'Open "Gegevens voor verbetering van generatieve AI" en zet de schakelaar uit. Niet gevonden? Gebruik dan de instellingenpagina op het web.',
          },
          link: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
          sourceIds: ['linkedin-help-a1341705', 'iphoned'],
          uncertain: true,
        },
      ],
    },
  },
  sources: [
    {
      id: 'linkedin-privacy-notice',
      title: 'LinkedIn European Regional Privacy Notice (Open Terms Archive copy)',
    },
    { id: 'linkedin-help-a8059228', title: 'LinkedIn Help, article a8059228' },
    { id: 'linkedin-help-a6278444', title: 'LinkedIn Help, article a6278444' },
    { id: 'linkedin-help-a1341705', title: 'LinkedIn Help, article a1341705' },
    { id: 'linkedin-help-a1397243', title: 'LinkedIn Help, article a1397243' },
    {
      id: 'security-nl-905970',
      title: 'Security.NL, posting 905970 (AP advice)',
      date: '2025-09-24',
    },
    { id: 'security-nl-911530', title: 'Security.NL, posting 911530' },
    { id: 'nltimes-2025-09-24', title: 'NL Times', date: '2025-09-24' },
    { id: 'accountancyvanmorgen', title: 'Accountancy Vanmorgen', date: '2025-09-25' },
    { id: 'inquirer-137250', title: 'Inquirer.net, article 137250' },
    { id: 'pcforalla', title: 'PC för Alla (via briefly.co)' },
    { id: 'iphoned', title: 'iPhoned.nl' },
    { id: 'pcmag-linkedin-faq', title: "PCMag, quoting LinkedIn's FAQ" },
    { id: 'socialmediaforlearning', title: 'socialmediaforlearning.com', date: '2025-09-20' },
    { id: 'theleftshift', title: 'theleftshift.com, quoting LinkedIn' },
    { id: 'legalclarity', title: 'legalclarity.org' },
  ],
  reviewedOn: '2026-11-23',
};
