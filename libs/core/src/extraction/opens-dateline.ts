// "MOSCOW —", "KAZAN, Russia —", "BEIJING, Nov 9 (Reuters) -", "PARIS, 6 mai (AFP) -", "جدة - واس":
// after the place, words, day numbers, brackets and dots up to a dash.
const DASHED = /^[\s,.\p{L}\p{N}()]*[—–-]/u;
// TASS: "ПЕКИН, 9 апреля. /ТАСС/." — the agency between slashes.
const SLASHED = /^[\s,.\p{L}\p{N}]*\/\s*\p{L}+\s*\//u;
// How far after the place a dateline may run before its dash or agency.
const DATELINE_REACH = 28;

/**
 * Whether the text right after a place that opens a paragraph makes that place a dateline (the
 * place the story is filed from): a dash or an agency in slashes within a short reach, over a
 * country, a day and month, or an agency in brackets.
 */
export function opensDateline(after: string): boolean {
  const head = after.slice(0, DATELINE_REACH);
  return DASHED.test(head) || SLASHED.test(head);
}
