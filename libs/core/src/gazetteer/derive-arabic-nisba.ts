const STAN = 'ستان';
// Below this, a -stan stem is a syllable, not a people (باكستان → باك).
const MINIMUM_STAN_STEM = 4;
const MARK_PATTERN = /[\u064B-\u065F\u0670\u0640]/gu;
// The article only when written with a bare alef; أ or إ is a letter of the name (ألمانيا، إسبانيا).
const ARTICLE_PATTERN = /^[\u0627\u0671]\u0644(?=.{3})/u;

/**
 * The regular masculine nisba adjectives of a one-word Arabic country name, spelled as the name
 * is (hamza kept): روسيا → روسي, كندا → كندي, سنغافورة → سنغافوري, مصر → مصري, الصين → صيني,
 * ألمانيا → ألماني, كازاخستان → كازاخستاني and كازاخي. Returns an empty list when the rule is
 * unreliable (several words, a final و or ي); those countries list their adjectives as data.
 */
export function deriveArabicNisba(countryName: string): string[] {
  const name = countryName.trim().replace(MARK_PATTERN, '');
  if (/\s/u.test(name) || [...name].length < 3) return [];
  const base = name.replace(ARTICLE_PATTERN, '');
  if (/[وويىی]$/u.test(base)) return [];
  if (/يا$/u.test(base)) return [`${base.slice(0, -2)}ي`];
  if (/[اةه]$/u.test(base)) return [`${base.slice(0, -1)}ي`];
  const forms = [`${base}ي`];
  const stem = base.slice(0, -STAN.length);
  if (base.endsWith(STAN) && [...stem].length >= MINIMUM_STAN_STEM) forms.push(`${stem}ي`);
  return forms;
}

/**
 * Inflections of a masculine nisba (one word or several): itself, feminine ـية and the sound
 * masculine plurals ـيون / ـيين, applied to every word (كوري جنوبي → كورية جنوبية).
 */
export function inflectArabicNisba(masculine: string): string[] {
  const words = masculine.trim().replace(MARK_PATTERN, '').split(/\s+/u);
  const inflect = (suffix: string): string =>
    words.map((word) => (/[يی]$/u.test(word) ? `${word}${suffix}` : word)).join(' ');
  return [words.join(' '), inflect('ة'), inflect('ون'), inflect('ين')];
}
