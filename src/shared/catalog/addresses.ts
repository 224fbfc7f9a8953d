import { checkOpenableUrl } from './https-url.ts';
import { PLATFORMS } from './schema.ts';

/** The parts of a checklist that carry web addresses. */
interface AddressBearer {
  id: string;
  settingsUrl?: string | undefined;
  paths: Partial<Record<(typeof PLATFORMS)[number], { steps: { id: string; link?: string }[] }>>;
  sources: { id: string; url?: string | undefined }[];
}

/** One address a checklist shows, and where it sits. */
export interface CatalogAddress {
  checklistId: string;
  /** e.g. `settingsUrl`, `paths.web.open-settings`, `sources.iphoned` */
  where: string;
  url: string;
}

/** Every address the given checklists can open: settings pages, step links, sources. */
export function catalogAddresses(checklists: readonly AddressBearer[]): CatalogAddress[] {
  const found: CatalogAddress[] = [];
  for (const checklist of checklists) {
    const add = (where: string, url: string | undefined) => {
      if (url !== undefined) found.push({ checklistId: checklist.id, where, url });
    };
    add('settingsUrl', checklist.settingsUrl);
    for (const platform of PLATFORMS) {
      for (const step of checklist.paths[platform]?.steps ?? [])
        add(`paths.${platform}.${step.id}`, step.link);
    }
    for (const source of checklist.sources) add(`sources.${source.id}`, source.url);
  }
  return found;
}

/**
 * The web addresses written in the facts sheet (docs/catalog-facts.md), as
 * written: an address ends at white space, a bracket or a quote, and loses
 * trailing sentence punctuation.
 */
export function factsAddresses(factsText: string): Set<string> {
  const addresses = new Set<string>();
  for (const match of factsText.matchAll(/https?:\/\/[^\s<>"'()[\]]+/g)) {
    addresses.add(match[0].replace(/[.,;:]+$/, ''));
  }
  return addresses;
}

/** Why an address must not be shipped. */
export type AddressProblem =
  | 'invalid'
  | 'not-https'
  | 'credentials'
  | 'punycode'
  | 'look-alike'
  | 'not-in-facts';

/** Domains of the services the catalog links to; a host that imitates one is refused. */
const KNOWN_DOMAINS = [
  'linkedin.com',
  'facebook.com',
  'instagram.com',
  'whatsapp.com',
  'x.com',
  'twitter.com',
  'google.com',
  'github.com',
  'github.blog',
  'fb.com',
  'anthropic.com',
  'openai.com',
  'chatgpt.com',
  'grammarly.com',
  'microsoft.com',
];

/** Maps characters people use to imitate letters (digits, `rn` for `m`) onto the letters. */
function skeleton(label: string): string {
  return label
    .replaceAll('rn', 'm')
    .replaceAll('vv', 'w')
    .replace(/[01357]/g, (digit) => ({ 0: 'o', 1: 'l', 3: 'e', 5: 's', 7: 't' })[digit] ?? digit)
    .replaceAll('-', '');
}

/**
 * True when `host` is not one of the known domains (or below one) but
 * imitates one: `1inkedin.com`, `linkedin.com.example.net`, `linked-in.com`.
 */
export function isLookAlikeHost(host: string): boolean {
  const labels = host.toLowerCase().split('.');
  for (const domain of KNOWN_DOMAINS) {
    if (host === domain || host.endsWith(`.${domain}`)) return false;
  }
  for (const domain of KNOWN_DOMAINS) {
    const brand = domain.split('.')[0] ?? domain;
    if (brand.length < 4) continue; // "x" would match everything
    if (labels.some((label) => label === brand || skeleton(label) === brand)) return true;
  }
  return false;
}

/**
 * What is wrong with an address the catalog wants to show, checked without
 * a network: it must be `https:`, carry no user name or password, use no
 * punycode (`xn--`) or look-alike host, and appear verbatim in the facts.
 */
export function addressProblems(url: string, factsUrls: ReadonlySet<string>): AddressProblem[] {
  const rule = checkOpenableUrl(url);
  if (rule === 'invalid_url') return ['invalid'];
  const parsed = new URL(url);
  const problems: AddressProblem[] = [];
  if (rule === 'not_https') problems.push('not-https');
  if (rule === 'url_credentials') problems.push('credentials');
  if (rule === 'punycode_host') problems.push('punycode');
  if (isLookAlikeHost(parsed.hostname)) problems.push('look-alike');
  if (!factsUrls.has(url)) problems.push('not-in-facts');
  return problems;
}
