import { francAll } from 'franc';

// franc answers in ISO 639-3; BCP 47 wants the two-letter ISO 639-1 code wherever one exists.
// Persian (pes) and Dari (prs) are one written language for our purposes.
const BCP47_BY_ISO639_3: Readonly<Record<string, string>> = {
  arb: 'ar', pes: 'fa', prs: 'fa', urd: 'ur', pbu: 'ps', uig: 'ug', eng: 'en', fra: 'fr',
  spa: 'es', por: 'pt', deu: 'de', ita: 'it', tur: 'tr', nld: 'nl', pol: 'pl', ron: 'ro',
  ind: 'id', zlm: 'ms', vie: 'vi', swe: 'sv', hun: 'hu', ces: 'cs', uzn: 'uz', azj: 'az',
  tuk: 'tk', swh: 'sw', hau: 'ha', som: 'so', als: 'sq', hrv: 'hr', bos: 'bs', srp: 'sr',
  cat: 'ca', fin: 'fi', dan: 'da', nob: 'nb', slk: 'sk', slv: 'sl', lit: 'lt', lvs: 'lv',
  ekk: 'et', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', kir: 'ky', tgk: 'tg',
  mkd: 'mk', khk: 'mn', tat: 'tt', heb: 'he', hin: 'hi', mar: 'mr', npi: 'ne', cmn: 'zh',
  jpn: 'ja', kor: 'ko', ell: 'el', tha: 'th', hye: 'hy', kat: 'ka', ben: 'bn', amh: 'am',
}; // prettier-ignore

/**
 * Languages detection chooses among unless told otherwise: those of the region's diplomatic news.
 * Restricting the candidates matters: unrestricted, franc calls short English "Scots".
 */
export const DEFAULT_DETECTABLE_LANGUAGES: readonly string[] = [
  'ar', 'en', 'fr', 'ru', 'fa', 'tr', 'de', 'es', 'it', 'pt', 'uk', 'uz', 'kk', 'ky', 'tg', 'az',
  'ur', 'ps', 'he', 'zh', 'ja', 'ko', 'hi', 'nl', 'pl', 'el',
]; // prettier-ignore

/** Below this many letters, trigram statistics say nothing reliable. */
const MIN_LETTERS = 20;
/**
 * franc scales scores by text length, so the gap to the runner-up (another language) is compared
 * after multiplying by the sample length: about the trigram-distance gap, in units of 300.
 */
const MIN_SCALED_GAP = 3;
/** Trigram statistics settle within the first thousand characters; detection cost grows with it. */
const SAMPLE_LENGTH = 1000;
const LETTER_PATTERN = /\p{L}/gu;

function iso639_3CodesFor(languages: readonly string[]): string[] {
  const wanted = new Set(languages);
  return Object.entries(BCP47_BY_ISO639_3)
    .filter(([, bcp47]) => wanted.has(bcp47))
    .map(([iso639_3]) => iso639_3);
}

const onlyCache = new Map<string, string[]>();

function candidatesFor(languages: readonly string[]): string[] {
  const key = languages.join(',');
  let only = onlyCache.get(key);
  if (only === undefined) {
    only = iso639_3CodesFor(languages);
    onlyCache.set(key, only);
  }
  return only;
}

/**
 * Detects the language of a text with franc (trigram statistics), restricted to `languages`
 * (BCP 47 primary subtags). Returns a BCP 47 tag, or 'und' when the text is too short or two
 * languages score too close to call.
 */
export function detectLanguage(
  text: string,
  languages: readonly string[] = DEFAULT_DETECTABLE_LANGUAGES,
): string {
  const sample = text.slice(0, SAMPLE_LENGTH);
  if ((sample.match(LETTER_PATTERN)?.length ?? 0) < MIN_LETTERS) return 'und';
  const ranked = francAll(sample, { only: candidatesFor(languages), minLength: 1 });
  const [best, ...rest] = ranked;
  if (best === undefined) return 'und';
  const winner = BCP47_BY_ISO639_3[best[0]];
  if (winner === undefined) return 'und';
  const runnerUp = rest.find(([code]) => BCP47_BY_ISO639_3[code] !== winner);
  if (runnerUp !== undefined && (1 - runnerUp[1]) * sample.length < MIN_SCALED_GAP) return 'und';
  return winner;
}

/**
 * Canonicalises a caller-supplied BCP 47 tag ('AR' → 'ar', 'en-us' → 'en-US'); undefined when the
 * tag is absent, 'und' or malformed, so the caller detects instead.
 */
export function canonicaliseLanguageTag(tag: string | undefined): string | undefined {
  if (tag === undefined || tag.trim() === '') return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    return canonical === undefined || canonical === 'und' ? undefined : canonical;
  } catch {
    return undefined;
  }
}
