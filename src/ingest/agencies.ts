/**
 * The wire agencies whose copy news sites reprint, by the name they are cited under and the other names a
 * page may give them (`Agence France-Presse`, `Yonhap News Agency`). General knowledge, not any one page:
 * it lets a dateline, byline or credit line say "this story came from AFP" however it is spelt.
 */

/**
 * A wire we do not know, by the shape of its name as it signs a credit (`Kanto Press contributed to this report`,
 * `(Coastline Wire)`): capitalised words ending in `Press`, `Agency`, `Wire` or `News Service`.
 */
export const WIRE_NAME = /^\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}\s+(?:Press|Agency|Wire|News Service)$/u;

interface WireAgency {
  /** How the agency is cited: `AFP`, `Reuters`. */
  name: string;
  /** Every other name it goes by, matched whole and case-insensitively (short codes case-sensitively). */
  aliases: readonly string[];
}

const WIRE_AGENCIES: readonly WireAgency[] = [
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse', 'AFP'] },
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters', 'REUTERS'] },
  { name: 'AP', aliases: ['Associated Press', 'The Associated Press', 'AP'] },
  { name: 'UPI', aliases: ['United Press International', 'UPI'] },
  { name: 'Yonhap', aliases: ['Yonhap News Agency', 'Yonhap News', 'Yonhap'] },
  { name: 'Sputnik', aliases: ['Sputnik News', 'Sputnik International', 'Sputnik'] },
  { name: 'Interfax', aliases: ['Interfax', 'Interfax-Ukraine'] },
  { name: 'Xinhua', aliases: ['Xinhua News Agency', 'Xinhua', 'Xinhuanet'] },
  { name: 'TASS', aliases: ['TASS', 'ITAR-TASS', 'TASS News Agency'] },
  { name: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA'] },
  { name: 'Kyodo', aliases: ['Kyodo News', 'Kyodo'] },
  { name: 'Jiji', aliases: ['Jiji Press', 'Jiji'] },
  { name: 'KCNA', aliases: ['Korean Central News Agency', 'KCNA'] },
  { name: 'ANI', aliases: ['Asian News International', 'ANI'] },
  { name: 'PTI', aliases: ['Press Trust of India', 'PTI'] },
  { name: 'IANS', aliases: ['Indo-Asian News Service', 'IANS'] },
  { name: 'UNI', aliases: ['United News of India', 'UNI'] },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur', 'dpa', 'DPA'] },
  { name: 'EFE', aliases: ['Agencia EFE', 'EFE'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'Bernama', aliases: ['Bernama', 'BERNAMA'] },
  { name: 'AAP', aliases: ['Australian Associated Press', 'AAP'] },
  { name: 'PA', aliases: ['PA Media', 'Press Association', 'PA'] },
  { name: 'Anadolu', aliases: ['Anadolu Agency', 'Anadolu'] },
  { name: 'APA', aliases: ['Azeri-Press Agency', 'Austria Presse Agentur', 'APA'] },
  { name: 'AZERTAC', aliases: ['AZERTAC', 'Azertag'] },
  { name: 'BSS', aliases: ['Bangladesh Sangbad Sangstha', 'BSS'] },
  { name: 'APP', aliases: ['Associated Press of Pakistan', 'APP'] },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency', 'IRNA'] },
  { name: 'Antara', aliases: ['Antara News Agency', 'Antara'] },
  { name: 'CNA', aliases: ['Central News Agency', 'CNA'] },
  { name: 'Ukrinform', aliases: ['Ukrinform'] },
  { name: 'UNIAN', aliases: ['UNIAN'] },
  { name: 'BelTA', aliases: ['BelTA'] },
  { name: 'Kazinform', aliases: ['Kazinform'] },
  { name: 'Bloomberg', aliases: ['Bloomberg News', 'Bloomberg'] },
  { name: 'The Canadian Press', aliases: ['The Canadian Press', 'Canadian Press'] },
  { name: 'Lusa', aliases: ['Agência Lusa', 'Agencia Lusa', 'Lusa'] },
  { name: 'Europa Press', aliases: ['Europa Press'] },
  { name: 'Belga', aliases: ['Belga'] },
  { name: 'ANP', aliases: ['Algemeen Nederlands Persbureau', 'ANP'] },
  { name: 'PAP', aliases: ['Polish Press Agency', 'Polska Agencja Prasowa', 'PAP'] },
  { name: 'ČTK', aliases: ['Czech News Agency', 'ČTK', 'CTK'] },
  { name: 'MTI', aliases: ['Hungarian News Agency', 'MTI'] },
  { name: 'NTB', aliases: ['Norsk Telegrambyrå', 'NTB'] },
  { name: 'Ritzau', aliases: ['Ritzau'] },
  { name: 'Keystone-SDA', aliases: ['Keystone-SDA'] },
  { name: 'Notimex', aliases: ['Notimex'] },
  { name: 'Prensa Latina', aliases: ['Prensa Latina'] },
  { name: 'PNA', aliases: ['Philippine News Agency', 'PNA'] },
  { name: 'VNA', aliases: ['Vietnam News Agency', 'VNA'] },
  { name: 'China News Service', aliases: ['China News Service'] },
  { name: 'WAM', aliases: ['Emirates News Agency'] },
  { name: 'SPA', aliases: ['Saudi Press Agency'] },
  { name: 'KUNA', aliases: ['Kuwait News Agency', 'KUNA'] },
  { name: 'QNA', aliases: ['Qatar News Agency', 'QNA'] },
  { name: 'MENA', aliases: ['Middle East News Agency'] },
  { name: 'NAN', aliases: ['News Agency of Nigeria'] },
];

const isCode = (alias: string): boolean => /^[A-Z]{2,4}$/.test(alias);
const fold = (s: string): string => s.toLowerCase().replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim();

/** Folded long names and exact short codes, to the name each agency is cited by. */
const BY_NAME = new Map<string, string>();
const BY_CODE = new Map<string, string>();
for (const agency of WIRE_AGENCIES) {
  for (const alias of agency.aliases) {
    if (isCode(alias)) BY_CODE.set(alias, agency.name);
    else if (!BY_NAME.has(fold(alias))) BY_NAME.set(fold(alias), agency.name);
  }
}

/** The agency a whole phrase names (`Agence France-Presse` → `AFP`, `The Associated Press` → `AP`), or null. */
export function agencyNamed(phrase: string): string | null {
  if (phrase.length > 60) return null;
  const text = phrase
    .replace(/^the\s+(?=[A-Z])/i, '')
    .replace(/\s+(?:staff|news service|wire|newswire)$/i, '')
    .replace(/[.:;,]+$/, '')
    .trim();
  return BY_CODE.get(text) ?? BY_NAME.get(fold(text)) ?? null;
}

const ALIAS_PATTERNS = WIRE_AGENCIES.map((agency) => ({
  name: agency.name,
  patterns: agency.aliases.map((alias) => {
    const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-‐-―]');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, isCode(alias) ? 'u' : 'iu');
  }),
}));

/** Every agency named as a whole word inside `text`, in order of appearance. */
export function agenciesIn(text: string): string[] {
  const found: { name: string; at: number }[] = [];
  for (const agency of ALIAS_PATTERNS) {
    for (const re of agency.patterns) {
      const m = re.exec(text);
      if (m) {
        found.push({ name: agency.name, at: m.index });
        break;
      }
    }
  }
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.name)
    .filter((n, i, all) => all.indexOf(n) === i);
}
/**
 * A credit line that only names the wire: `AFP`, `— Reuters`, `(AP)`, `Agence France-Presse`; or a broadcaster's
 * editors' initials before the wires (`ab/rs (AFP, Reuters)`), the first wire.
 */
export function agencyOnlyLine(block: string): string | null {
  const initialled = /^[a-z]{1,4}(?:\/[a-z]{1,4})+\s*\(([^()]{2,60})\)$/.exec(block.trim());
  if (initialled)
    return (
      initialled[1]!
        .split(/\s*[,/]\s*/)
        .map((w) => agencyNamed(w))
        .find((a) => a !== null) ?? null
    );
  const bare = block.replace(/^[\s([–—-]+|[\s)\].–—-]+$/g, '').trim();
  return bare.split(/\s+/).length <= 4 ? agencyNamed(bare) : null;
}
