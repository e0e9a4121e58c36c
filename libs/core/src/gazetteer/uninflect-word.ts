/** A case ending and what the dictionary form ends with instead (Трампом → Трамп, Москве → Москва). */
export type CaseEnding = readonly [ending: string, base: string];

// A base shorter than this is a short word, not a name stripped of its ending (он, на).
const SHORTEST_BASE = 3;

/**
 * The dictionary forms a folded word may have under a language's case endings, longest ending
 * first, without the word itself: Russian names, countries and titles are declined (президентом
 * Монголии Ухнаагийн Хурэлсухом), gazetteer names are written in the nominative. The caller keeps
 * only forms the gazetteer or the title list holds, so a word that merely ends like a case stays
 * itself.
 */
export function uninflectWord(fold: string, endings: readonly CaseEnding[]): string[] {
  const forms: string[] = [];
  for (const [ending, base] of endings) {
    if (!fold.endsWith(ending)) continue;
    const stem = fold.slice(0, fold.length - ending.length);
    if ([...stem].length < SHORTEST_BASE) continue;
    const form = `${stem}${base}`;
    if (form !== fold && !forms.includes(form)) forms.push(form);
  }
  return forms;
}
