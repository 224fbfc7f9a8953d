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
    'Checklists in dit pakket: {count}. Bestand: {file}. Geïmporteerde pakketten zijn gemarkeerd en kun je verwijderen onder “Jouw checklists”.',
  'pack.import': 'Importeren',
  'notice.notificationFailedMacos':
    'macOS heeft een herinnering niet getoond. Sta meldingen voor Opt-out Reminder toe in Systeeminstellingen › Meldingen. Staat de app daar niet bij, dan is deze kopie niet ondertekend en toont macOS de meldingen niet: installeer een ondertekende release.',
};
