import type { SupportMessageKey } from './support.en.ts';

/** Dutch messages for supporting the app; the type makes a missing or extra key a compile error. */
export const supportNl: Record<SupportMessageKey, string> = {
  'tray.about': 'Over Opt-out Reminder',
  'about.heading': 'Over',
  'about.version': 'Opt-out Reminder versie {version}',
  'about.runtime': 'Electron {electron}, Chromium {chromium}',
  'about.dataFolder': 'Gegevensmap',
  'about.logFolder': 'Logmap',
  'about.openFolder': 'Map openen',
  'about.noLog': 'Er wordt geen log bijgehouden.',
  'error.folderMissing': 'De map kon niet worden geopend.',
  'about.copyDiagnostics': 'Diagnose kopiëren',
  'about.copied':
    'Diagnose gekopieerd naar het klembord: versie, systeem, taal, tijdzone, ondersteuning voor meldingen en de volgende herinnering — niets uit je checklists.',
  'pack.confirm': 'Het checklistpakket “{name}” importeren?',
  'pack.confirmDetail':
    'Checklists in dit pakket: {count}. Bestand: {file}. Geïmporteerde pakketten zijn gemarkeerd en kun je verwijderen onder “{section}”.',
  'pack.import': 'Importeren',
  'restore.confirm': 'Je gegevens vervangen door de back-up “{file}”?',
  'restore.confirmDetail':
    'Dit vervangt je voortgang, je eigen checklists, je pakketten en je instellingen (ook of de app online mag zoeken naar nieuwe deadlines en nieuwe versies) door die in {file} van {date}: {steps, plural, one {# afgevinkte stap} other {# afgevinkte stappen}}, {own, plural, one {# eigen checklist} other {# eigen checklists}} en {packs, plural, one {# pakket} other {# pakketten}}. Wat je nu hebt, wordt eerst als kopie bewaard.',
  'restore.replace': 'Mijn gegevens vervangen',
  'consent.checkAppUpdates':
    'Laat me weten wanneer er een nieuwe versie van de app is (eenmaal per dag controleren)',
  'consent.checkAppUpdatesSent':
    'Vraagt bij de releases van het project welke versie de nieuwste is: een openbaar bestand, er wordt niets over jou verstuurd. Een nieuwe versie wordt pas gedownload als je dat kiest.',
  'update.off': 'Controleren op nieuwe versies staat uit.',
  'update.idle': 'Nog niet gecontroleerd op een nieuwe versie.',
  'update.checking': 'Zoeken naar een nieuwe versie…',
  'update.upToDate': 'Je hebt de nieuwste versie (gecontroleerd {when}).',
  'update.available': 'Versie {version} is beschikbaar.',
  'update.availableElsewhere':
    'Versie {version} is beschikbaar. Deze kopie is als systeempakket geïnstalleerd: haal de nieuwe versie van de releasepagina.',
  'update.downloading': 'Versie {version} downloaden: {percent}%',
  'update.downloaded':
    'Versie {version} staat klaar. Start nu opnieuw om hem te installeren, of hij wordt geïnstalleerd wanneer je de app de volgende keer afsluit.',
  'update.installFailed':
    'Versie {version} is beschikbaar, maar deze kopie kon hem niet zelf installeren. Haal hem van de releasepagina.',
  'update.failed':
    'Het zoeken naar een nieuwe versie is de laatste keer niet gelukt ({when}). Een dag later wordt het opnieuw geprobeerd.',
  'update.unsupported':
    'Deze kopie kan zichzelf niet bijwerken (een ontwikkelversie of een uitgepakte map).',
  'update.checkNow': 'Controleren op een nieuwe versie',
  'update.download': 'Downloaden en installeren',
  'update.restart': 'Nu opnieuw starten',
  'update.releasePage': 'Releasepagina openen',
  'update.notificationTitle': 'Versie {version} is beschikbaar',
  'update.notificationBody': 'Kies “Over Opt-out Reminder” in het traymenu om hem te installeren.',
  'update.notificationBodyElsewhere':
    'Kies “Over Opt-out Reminder” in het traymenu om hem van de releasepagina te halen.',
  'tray.updateAvailable': 'Versie {version} is beschikbaar',
  'tray.updateReady': 'Opnieuw starten om bij te werken naar versie {version}',
  'error.noUpdate': 'Er is nu geen update om te installeren.',
  'error.updateDownload':
    'De update kon niet worden gedownload. Probeer het later opnieuw, of haal hem van de releasepagina.',
  'error.noReleasePage': 'Deze kopie noemt geen releasepagina.',
  'notice.notificationFailedMacos':
    'macOS heeft een herinnering niet getoond. Sta meldingen voor Opt-out Reminder toe in Systeeminstellingen › Meldingen. Staat de app daar niet bij, dan is deze kopie niet ondertekend en toont macOS de meldingen niet: installeer een ondertekende release.',
};
