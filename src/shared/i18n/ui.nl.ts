import type { UiMessageKey } from './ui.en.ts';

/** Dutch messages of the window; the type makes a missing or extra key a compile error. */
export const uiNl: Record<UiMessageKey, string> = {
  'app.loadingView': 'Laden…',
  'common.dismiss': 'Sluiten',
  'common.yes': 'Ja',
  'common.no': 'Nee',
  'common.cancel': 'Annuleren',

  'nav.label': 'Hoofdmenu',
  'nav.checklists': 'Checklists',
  'nav.yours': 'Je eigen checklists',
  'nav.settings': 'Instellingen',

  'list.heading': 'Je opt-out-checklists',
  'list.loading': 'Checklists laden…',
  'list.empty': 'Nog geen checklists.',
  'list.nothingOpen': 'Er staat nu niets open. Goed gedaan.',
  'list.filters': 'Ook tonen',
  'list.showDone': 'Klaar ({count})',
  'list.showNotRelevant': 'Niet van toepassing ({count})',
  'list.otherRegions': 'Andere regio’s ({count})',
  'list.otherRegionsHint':
    'Deze checklists zijn bedoeld voor mensen elders: ze staan niet in het systeemvak en geven geen herinneringen, tenzij je in een ervan "Toch herinneren" kiest.',

  'allSet.heading': 'Alles geregeld',
  'allSet.body':
    'Er staat niets open dat jou aangaat. Opt-out Reminder blijft in het systeemvak draaien en laat weten wanneer een controle nodig is.',
  'allSet.doneOn': '{title}: gedaan op {platform}, {date}',
  'allSet.doneElsewhere': '{title}: gedaan, {date}',
  'allSet.notForMe':
    '{count, plural, one {1 checklist gemarkeerd als niet voor jou.} other {# checklists gemarkeerd als niet voor jou.}}',
  'allSet.nextRecheck': 'Volgende controle: {date} ({title}).',
  'allSet.noRecheck': 'Controles staan uit.',

  'state.open': 'Open',
  'state.soon': 'Binnenkort',
  'state.worthDoing': 'Nog steeds zinvol',
  'state.overdue': 'Te laat',
  'state.done': 'Klaar',
  'state.dismissed': 'Niet van toepassing',
  'state.otherRegion': 'Andere regio',
  'state.recheck': 'Opnieuw controleren',
  'state.snoozedUntil': 'Gesnoozed tot {when}',
  'state.snoozedUntilDeadline': 'Gesnoozed tot {when} — niet voorbij de deadline',

  'deadline.upcoming': 'Deadline {when}',
  'deadline.passed': 'Deadline {when} verstreken',
  'deadline.worthDoing': 'Deadline was {date} — nu uitzetten stopt nog steeds toekomstig gebruik',
  'deadline.none': 'Geen deadline',

  'progress.steps': '{done} van {total, plural, one {# stap} other {# stappen}} gedaan',
  'progress.stepsOn': '{done} van {total, plural, one {# stap} other {# stappen}} ({platform})',
  'progress.allDone':
    '{total, plural, one {De stap is gedaan} =2 {Beide stappen gedaan} other {Alle # stappen gedaan}}',

  'platform.web': 'Web',
  'platform.ios': 'iPhone',
  'platform.android': 'Android',
  'platform.desktop-app': 'Desktop-app',
  'platform.other': 'Anders',

  'origin.custom': 'Deze checklist heb je zelf gemaakt.',
  'origin.customShort': 'Eigen',
  'origin.pack':
    'Geïmporteerd uit het pakket "{name}" ({file}) op {date}. Niet gecontroleerd door Opt-out Reminder.',
  'origin.packShort': 'Geïmporteerd',

  'detail.back': '← Alle checklists',
  'detail.missing': 'Deze checklist bestaat niet meer.',
  'detail.deadlineAt': 'Deadline {date} ({when})',
  'detail.deadlineZone': 'Aangekondigd als {date} in de tijdzone {zone}.',
  'detail.steps': 'Stappen',
  'detail.whatYouCanDo': 'Wat je kunt doen',
  'detail.noOptOut':
    'Je kunt je hiervoor niet afmelden: er is geen schakelaar. Hieronder staat wat je wel kunt doen.',
  'card.noOptOut': 'Afmelden kan niet',
  'detail.platforms': 'Waar je het gebruikt',
  'detail.openLink': '{host} openen',
  'detail.actions': 'Acties',
  'detail.openSettingsPage': 'De instellingenpagina openen',
  'detail.settingsUrlUncertain':
    'Dit adres komt uit één secundaire bron; werkt het niet, volg dan de stappen.',
  'detail.doneElsewhere': 'Elders gedaan',
  'detail.notRelevant': 'Niet van toepassing op mij',
  'detail.passed':
    'De deadline is verstreken. Nu nog bezwaar maken beschermt je toekomstige gegevens: het stopt nieuw gebruik vanaf vandaag, al maakt het niet ongedaan wat al gebruikt is.',
  'detail.otherRegion':
    'Deze checklist is bedoeld voor mensen in andere regio’s, dus je krijgt er geen herinneringen voor.',
  'detail.follow': 'Toch herinneren',
  'detail.doneOn': 'Gedaan op {platform}, {date}.',
  'detail.doneElsewhereOn': 'Gemarkeerd als elders gedaan, {date}.',
  'detail.dismissedOn': 'Gemarkeerd als niet van toepassing, {date}.',
  'detail.reopen': 'Heropenen',
  'announce.doneElsewhere': '{title}: gemarkeerd als elders gedaan.',
  'announce.dismissed': '{title}: gemarkeerd als niet van toepassing.',
  'announce.reopened': '{title}: heropend.',
  'announce.stillDone': '{title}: bevestigd dat het nog uit staat.',
  'announce.followed': '{title}: je krijgt er herinneringen voor.',

  'snooze.toggle': 'Snoozen ▸',
  'snooze.1h': '1 uur',
  'snooze.tomorrow-9': 'Tot morgen 09:00',
  'snooze.1w': '1 week',
  'snooze.off': 'Snoozen beëindigen',

  'recheck.heading': 'Staat het nog steeds uit?',
  'recheck.body':
    'Platforms hebben instellingen weleens teruggezet. Kijk even of je keuze nog steeds geldt.',
  'recheck.confirm': 'Ja, staat nog uit',
  'recheck.reopen': 'Nee, loop de stappen opnieuw met me door',

  'facts.heading': 'Waarom dit ertoe doet',
  'facts.used': 'Wat wordt gebruikt',
  'facts.notUsed': 'Wat niet wordt gebruikt',
  'facts.caveats': 'Goed om te weten',
  'facts.uncertain': 'gemeld, niet bevestigd',
  'facts.sourceRefs': '{count, plural, one {(bron {numbers})} other {(bronnen {numbers})}}',

  'sources.heading': 'Bronnen',
  'sources.open': 'Openen',
  'sources.openNamed': '{title} openen',
  'sources.reviewedOn': 'Laatst gecontroleerd op {date}.',

  'notice.label': 'Meldingen',
  'notice.storeQuarantined':
    'Je gegevensbestand kon niet worden gelezen. Het is bewaard onder een andere naam en de app is met een nieuw bestand begonnen.',
  'notice.storeReadOnly':
    'Opt-out Reminder kan niet schrijven in zijn gegevensmap en werkt daarom alleen-lezen: je kunt alles bekijken, maar wijzigingen worden niet opgeslagen. Herinneringen komen nog wel, maar welke al getoond zijn kan ook niet worden opgeslagen, dus na een herstart kunnen ze opnieuw komen. Maak de map schrijfbaar en start de app opnieuw.',
  'notice.storeNewerVersion':
    'Je gegevens zijn opgeslagen door een nieuwere versie van Opt-out Reminder. Deze versie laat ze ongemoeid en werkt alleen-lezen: werk de app bij om iets te wijzigen. Herinneringen die deze versie toont, kunnen niet als getoond worden opgeslagen, dus na een herstart kunnen ze opnieuw komen.',
  'notice.zoneUnknown':
    'De tijdzone van je systeem is niet ingesteld of onbekend, dus Opt-out Reminder gebruikt UTC: tijden van herinneringen en deadlines kunnen enkele uren afwijken. Stel de tijdzone in bij je systeeminstellingen en start de app opnieuw.',
  'notice.storeWriteFailed': 'Je laatste wijziging kon niet op schijf worden opgeslagen.',
  'notice.notificationFailed':
    'Een herinnering kon niet als melding worden getoond. Het pictogram in het systeemvak en dit venster laten nog steeds zien wat er speelt.',
  'notice.notificationsUnsupported':
    'Dit systeem toont geen meldingen van Opt-out Reminder. Let op het pictogram in het systeemvak en dit venster.',
  'notice.loginItemMissing':
    'Starten bij inloggen staat aan, maar je systeem start Opt-out Reminder niet als je inlogt: het is buiten de app uitgezet of verwijderd.',
  'notice.loginItemUnexpected':
    'Je systeem start Opt-out Reminder als je inlogt, terwijl starten bij inloggen hier uit staat.',
  'notice.loginItemRestore': 'Weer starten bij inloggen',
  'notice.loginItemLeaveOff': 'Uit laten',
  'notice.loginItemKeep': 'Blijven starten bij inloggen',
  'notice.loginItemSwitchOff': 'Niet meer starten bij inloggen',
  'notice.keptAt': 'Het oude bestand staat in',
  'notice.detail': 'Details:',
  'notice.storeSalvaged':
    'Een deel van je gegevensbestand was niet bruikbaar en is teruggezet: {what}. Al het andere is bewaard.',
  'notice.salvageKeptAt': 'Het bestand zoals het was staat in',
  'notice.salvageSetting': 'de instelling “{name}”',
  'notice.salvageSettings': 'je instellingen',
  'notice.salvageProgress': 'de voortgang van {id}',
  'notice.salvageProgressPart': 'een deel van de voortgang van {id}',
  'notice.salvageShortened': '{what} (een te lange tekst, nu ingekort)',
  'notice.salvageFiredLog': 'de lijst van al getoonde herinneringen',
  'notice.salvageNotices': 'een bewaarde melding',
  'notice.salvageWindowState': 'wat het venster onthoudt (zoals of het welkom klaar is)',
  'notice.salvageFeeds': 'de feeds die je volgt',
  'notice.salvageCustomChecklist': 'een eigen checklist',
  'notice.salvagePack': 'een geïmporteerd pakket',
  'notice.salvageUnknownEntry': 'het onbekende onderdeel “{name}”',
  'notice.salvageField': 'het veld “{name}”',
  'notice.salvageMore': '{count, plural, one {nog # deel} other {nog # delen}}',

  'quiet.label': 'Herinneringen tegengehouden',
  'quiet.paused': 'Herinneringen zijn gepauzeerd tot je ze hervat.',
  'quiet.pausedUntil': 'Herinneringen zijn gepauzeerd tot {when}.',
  'quiet.snoozedUntil': 'Alle herinneringen zijn uitgesteld tot {when}.',
  'quiet.resume': 'Herinneringen hervatten',
  'quiet.resumed': 'Herinneringen hervat.',

  'settings.heading': 'Instellingen',
  'settings.appliesAtOnce': 'Wijzigingen gelden meteen.',
  'settings.reminders': 'Herinneringen',
  'settings.leadTimes': 'Herinner me vóór een deadline',
  'settings.leadTime': '{duration} van tevoren',
  'settings.quietHours': 'Stille uren',
  'settings.quietHoursOn': 'Geen herinneringen tijdens stille uren',
  'settings.quietFrom': 'Van',
  'settings.quietUntil': 'Tot',
  'settings.overdue': 'Na een gemiste deadline, herinner me',
  'settings.overdueNever': 'Niet meer',
  'settings.overdueAfter': '{count, plural, one {Na 1 en 2 dagen} other {Na # en {twice} dagen}}',
  'settings.worthDoing':
    'Bij een deadline die lang voorbij is, als uitzetten nog steeds zinvol is, herinner me',
  'settings.worthDoingTimes':
    '{count, plural, one {Eén keer, een maand later} other {Eens per maand, # keer}}',
  'settings.worthDoingNever': 'Nooit',
  'settings.recheck': 'Vraag me een afgeronde opt-out opnieuw te controleren',
  'settings.recheckOff': 'Nooit',
  'settings.afterDays': 'Na {days}',
  'settings.paused': 'Alle herinneringen pauzeren',
  'settings.notifications': 'Meldingen',
  'settings.notificationsEnabled': 'Meldingen tonen',
  'settings.testNotification': 'Een testmelding sturen',
  'settings.testDelivered': 'De testmelding is afgeleverd.',
  'settings.testNotDelivered':
    'De testmelding kon niet worden getoond. Herinneringen verschijnen nog wel in het systeemvak en in dit venster.',
  'settings.general': 'Algemeen',
  'settings.language': 'Taal',
  'settings.country': 'Land waar je woont',
  'settings.countryUnset': 'Niet ingesteld: alle checklists tonen',
  'settings.includeOtherRegions': 'Herinner me ook aan checklists voor andere regio’s',
  'settings.startAtLogin': 'Starten bij inloggen',
  'settings.dataFile': 'Je gegevens staan in',

  'language.auto': 'Systeem volgen',
  'language.en': 'English',
  'language.nl': 'Nederlands',

  'yours.heading': 'Je eigen checklists',
  'yours.custom': 'Checklists die je zelf maakte',
  'yours.noCustom': 'Je hebt nog geen eigen checklists gemaakt.',
  'yours.add': 'Een checklist toevoegen',
  'yours.edit': 'Bewerken',
  'yours.editNamed': '{title} bewerken',
  'yours.delete': 'Verwijderen',
  'yours.deleteQuestion': '"{title}" en de voortgang verwijderen?',
  'yours.packs': 'Geïmporteerde pakketten',
  'yours.noPacks': 'Geen pakketten geïmporteerd.',
  'yours.packLine': '{name} — {file}, checklists: {count}',
  'yours.removePack': 'Verwijderen',
  'yours.removePackQuestion': 'Het pakket "{name}" en de checklists erin verwijderen?',

  'files.heading': 'Importeren en exporteren',
  'files.importPack': 'Een checklistpakket importeren…',
  'files.exportData': 'Mijn gegevens exporteren…',
  'files.importData': 'Mijn gegevens importeren…',
  'files.exportCalendar': 'Deadlines aan mijn agenda toevoegen…',
  'files.cancelled': 'Geannuleerd; er is niets veranderd.',
  'files.importedPack': 'Checklists geïmporteerd: {count}, uit {path}.',
  'files.exported': 'Opgeslagen in {path}.',
  'files.importedData': 'Je gegevens zijn geïmporteerd uit {path}.',
  'files.importedDataKept':
    'Je gegevens zijn geïmporteerd uit {path}. Wat je eerder had, is bewaard in {copy}.',
  'files.exportedCalendar': 'Agendabestand opgeslagen in {path}. Open het met je agenda-app.',

  'editor.back': '← Je eigen checklists',
  'editor.addHeading': 'Een checklist toevoegen',
  'editor.editHeading': 'Checklist bewerken',
  'editor.intro': 'Velden met * zijn verplicht. Schrijf in één taal; die wordt in beide getoond.',
  'editor.title': 'Titel',
  'editor.organisation': 'Organisatie',
  'editor.summary': 'Samenvatting',
  'editor.deadline': 'Deadline (optioneel)',
  'editor.deadlineHint': 'Datum en tijd in je eigen tijdzone ({zone}).',
  'editor.date': 'Datum',
  'editor.time': 'Tijd',
  'editor.settingsUrl': 'Instellingenpagina (optioneel)',
  'editor.httpsHint': 'Een webadres dat begint met https://',
  'editor.steps': 'Stappen',
  'editor.stepText': 'Stap {number}',
  'editor.stepLink': 'Link bij stap {number} (optioneel, https)',
  'editor.stepPlatform': 'Platform van stap {number}',
  'editor.removeStep': 'Stap {number} verwijderen',
  'editor.addStep': 'Een stap toevoegen',
  'editor.save': 'Opslaan',

  'custom.tooLong': 'Te lang: hooguit {max} tekens (dit zijn er {count}).',
  'custom.required': 'Vul dit in.',
  'custom.invalidDate': 'Dit is geen geldige datum.',
  'custom.invalidTime': 'Geef een tijd in uren en minuten.',
  'custom.notHttps': 'Links moeten volledige webadressen zijn die beginnen met https://',
  'custom.invisibleOnly':
    'Dit toont niets: er staan alleen onzichtbare tekens in. Typ een zichtbare naam.',
  'custom.punycode':
    'Deze link gebruikt een internationale (punycode-)hostnaam, die een echte site kan nabootsen. Opt-out Reminder opent zulke links nooit.',
  'custom.needsStep': 'Voeg minstens één stap toe.',
  'custom.stepText': 'Beschrijf deze stap, of verwijder hem.',

  'welcome.heading': 'Welkom bij Opt-out Reminder',
  'welcome.what':
    'Platforms zetten AI-training met je gegevens standaard aan en geven je een periode om nee te zeggen. Deze app kent de deadlines, herinnert je eraan voordat ze verlopen en loopt de stappen met je door op het apparaat dat je gebruikt.',
  'welcome.tray':
    'De app staat in het systeemvak (de menubalk op een Mac). Open dit venster opnieuw via het menu daar; als je het venster sluit, lopen de herinneringen gewoon door.',
  'welcome.privacy':
    'De app vraagt nooit om je wachtwoorden en komt nooit aan je accounts: hij herinnert, begeleidt en onthoudt wat je hebt afgevinkt.',
  'welcome.setup': 'Een paar keuzes',
  'welcome.platform': 'Waar gebruik je deze diensten vooral?',
  'welcome.due': 'Verlopen deadlines, nog steeds zinvol',
  'welcome.dueIntro':
    'Deze deadlines zijn voorbij, maar als je de instelling nu uitzet, stopt toekomstig gebruik van je gegevens nog steeds. Beantwoord ze elk met één klik; je kunt later van gedachten veranderen.',
  'welcome.doNow': 'Nu doen',
  'welcome.alreadyDone': 'Al gedaan',
  'welcome.notForMe': 'Niet voor mij',
  'welcome.startAtLogin': 'Starten als ik inlog (aanbevolen)',
  'welcome.nothingDue': 'Er is nu niets aan de beurt.',
  'welcome.start': 'Aan de slag',

  'consent.legend': 'Internet',
  'consent.checkNewDeadlines': 'Eenmaal per dag controleren op nieuwe deadlines',
  'consent.checkNewDeadlinesSent':
    'Een gewone download van een openbaar bestand (de ondertekende lijst met checklists). Er worden geen accountgegevens en geen kenmerken verstuurd.',
  'feeds.heading': 'Nieuwe deadlines',
  'feeds.project': 'Catalogus van Opt-out Reminder ({host})',
  'feeds.signed': 'ondertekend, van {host}',
  'feeds.unsigned': 'niet ondertekend, van {host}',
  'feeds.never': 'Nog niet gecontroleerd.',
  'feeds.lastChecked': 'Laatst gecontroleerd {when}: {result}',
  'feeds.checkNow': 'Nu controleren',
  'feeds.checking': 'Bezig met controleren…',
  'feeds.needsConsent': 'Er wordt niets gedownload tot je de controle hierboven aanzet.',
  'feeds.outcome.updated': '{added} nieuw, {changed} gewijzigd, {withdrawn} niet meer vermeld.',
  'feeds.outcome.skipped': '{count} weggelaten: hun id hoort bij andere checklists.',
  'feeds.outcome.up-to-date': 'geen nieuwe deadlines.',
  'feeds.outcome.offline':
    'geen verbinding. Er is niets veranderd; de app probeert het later opnieuw.',
  'feeds.outcome.timeout':
    'de server antwoordde niet op tijd. Er is niets veranderd; de app probeert het later opnieuw.',
  'feeds.outcome.not-found': 'de feed is niet gevonden. Er is niets veranderd.',
  'feeds.outcome.http-error':
    'de download is mislukt. Er is niets veranderd; de app probeert het later opnieuw.',
  'feeds.outcome.too-large':
    'het bestand is te groot (meer dan 4 MB) en is niet gelezen. Er is niets veranderd.',
  'feeds.outcome.invalid-json': 'het bestand is geen leesbare feed. Er is niets veranderd.',
  'feeds.outcome.invalid-feed':
    'de feed bevat ongeldige checklists en is daarom niet gebruikt. Er is niets veranderd.',
  'feeds.outcome.bad-signature':
    'de handtekening ontbreekt of klopt niet, dus de feed is niet vertrouwd. Er is niets veranderd.',
  'feeds.outcome.older':
    'de server bood een oudere catalogus aan dan die je al hebt; die is genegeerd.',
  'feeds.organisations': 'Feeds van organisaties',
  'feeds.organisationsHint':
    'Een privacyfunctionaris kan checklists voor collega’s als feed publiceren. Die wordt volgens dezelfde regels gecontroleerd, alleen zolang de controle hierboven aan staat.',
  'feeds.url': 'Adres van de feed (https://…)',
  'feeds.key': 'Openbare sleutel (base64), voor een ondertekende feed',
  'feeds.keyHint':
    'Laat leeg voor een niet-ondertekende feed: die wordt als niet ondertekend gemarkeerd.',
  'feeds.add': 'Deze feed volgen',
  'feeds.remove': 'Niet meer volgen',
  'origin.projectFeed':
    'Toegevoegd door de catalogusfeed van Opt-out Reminder, na het verschijnen van deze versie van de app.',
  'origin.feed': 'Uit een feed ({trust}). Niet gecontroleerd door Opt-out Reminder.',
  'origin.feedShort': 'Uit een feed',
  'origin.withdrawn': 'Niet meer in de catalogus',
  'origin.withdrawnNote':
    'Niet meer in de catalogus: de feed heeft deze checklist ingetrokken. Hij blijft hier staan omdat je er al aan begonnen bent; je krijgt er geen herinneringen meer voor.',
};
