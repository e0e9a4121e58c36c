import { foldName } from './fold-name';

const STAN = 'ستان';
// Below this, a -stan stem is a syllable, not a people (باكستان → باك).
const MINIMUM_STAN_STEM = 4;

/**
 * The regular masculine nisba adjectives of a one-word Arabic country name, folded: روسيا → روسي,
 * كندا → كندي, سنغافورة → سنغافوري, مصر → مصري, الصين → صيني, كازاخستان → كازاخستاني and كازاخي.
 * Returns an empty list when the rule is unreliable (several words, a final و or ي); those
 * countries list their adjectives as data.
 */
export function deriveArabicNisba(countryName: string): string[] {
  const folded = foldName(countryName.trim());
  if (folded.includes(' ') || folded.length < 3) return [];
  const base = folded.startsWith('ال') && folded.length >= 5 ? folded.slice(2) : folded;
  if (base.endsWith('و') || base.endsWith('ي')) return [];
  if (base.endsWith('يا')) return [`${base.slice(0, -2)}ي`];
  if (base.endsWith('ا') || base.endsWith('ه')) return [`${base.slice(0, -1)}ي`];
  const forms = [`${base}ي`];
  const stem = base.slice(0, -STAN.length);
  if (base.endsWith(STAN) && stem.length >= MINIMUM_STAN_STEM) forms.push(`${stem}ي`);
  return forms;
}

/**
 * Inflections of a folded masculine nisba (one word or several): feminine ـية and the sound
 * masculine plurals ـيون / ـيين, applied to every word (كوري جنوبي → كورية جنوبية).
 */
export function inflectArabicNisba(masculine: string): string[] {
  const words = foldName(masculine.trim()).split(/\s+/u);
  const inflect = (suffix: string): string =>
    words.map((word) => (word.endsWith('ي') ? `${word}${suffix}` : word)).join(' ');
  return [words.join(' '), inflect('ه'), inflect('ون'), inflect('ين')];
}
