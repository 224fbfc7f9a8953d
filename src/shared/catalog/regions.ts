/**
 * Region codes used by checklists and by the user's country setting.
 *
 * A region code is either an ISO 3166-1 alpha-2 country code (`NL`, `CH`,
 * `GB` — note: the United Kingdom is `GB`, never `UK`) or one of the group
 * codes below. Groups are expanded to their member countries when the app
 * decides whether a checklist concerns the user.
 */

/** Assigned ISO 3166-1 alpha-2 codes, plus `XK` (Kosovo, user-assigned but widely used). */
const COUNTRY_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ ' +
    'BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
    'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS ' +
    'GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
    'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
    'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
    'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
    'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
    'VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

/** The 27 member states of the European Union. */
export const EU_COUNTRIES: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];

/** The European Economic Area: the EU plus Iceland, Liechtenstein and Norway. */
export const EEA_COUNTRIES: readonly string[] = [...EU_COUNTRIES, 'IS', 'LI', 'NO'];

/**
 * Group codes: `EU`, `EEA` (EU + IS, LI, NO) and `WORLD` (every country).
 * Switzerland (`CH`) and the United Kingdom (`GB`) are plain country codes.
 */
export const REGION_GROUPS = {
  EU: EU_COUNTRIES,
  EEA: EEA_COUNTRIES,
  WORLD: null,
} as const;

export type RegionGroup = keyof typeof REGION_GROUPS;

/** True for an assigned ISO 3166-1 alpha-2 country code (upper case). */
export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

/** True for a country code or one of the group codes `EU`, `EEA`, `WORLD`. */
export function isRegionCode(code: string): boolean {
  return isCountryCode(code) || Object.hasOwn(REGION_GROUPS, code);
}

/** True when `country` belongs to the region `code` (a country or a group). */
export function regionContains(code: string, country: string): boolean {
  if (code === country) return true;
  if (code === 'WORLD') return true;
  if (code === 'EU') return EU_COUNTRIES.includes(country);
  if (code === 'EEA') return EEA_COUNTRIES.includes(country);
  return false;
}

/** Where a checklist applies: the user's country must be in `include` and not in `exclude`. */
export interface RegionRule {
  readonly include: readonly string[];
  readonly exclude?: readonly string[] | undefined;
}

/**
 * Whether a checklist with region rule `rule` concerns a user in `country`.
 * An unknown country (`null`) concerns every checklist: the app cannot
 * filter what it does not know, so it errs on the side of reminding.
 */
export function appliesToCountry(rule: RegionRule, country: string | null | undefined): boolean {
  if (!country) return true;
  const included = rule.include.some((code) => regionContains(code, country));
  const excluded = (rule.exclude ?? []).some((code) => regionContains(code, country));
  return included && !excluded;
}
