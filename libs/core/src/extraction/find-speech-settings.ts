import type { PhraseHit } from './find-phrases';

/** Words of a sentence, after a reporting verb and before its complementiser. */
export interface SpeechSetting {
  /** The reporting verb's last word. */
  readonly after: number;
  /** The complementiser's first word. */
  readonly before: number;
}

// Words after a reporting verb in which its own subject would be named (وقال الوزير, وقال كيري).
const SUBJECT_REACH = 2;

/**
 * "اعتبر كيري أن … وقال في مؤتمر صحافي عقده مع نظيره الكوبي … أن …": a later verb-first
 * reporting verb that names no subject of its own goes on with the same speaker, and the words
 * between it and its complementiser tell where and with whom that speaker spoke (the speaker's
 * own act), not what is reported. Each such stretch after `from`.
 */
export function findSpeechSettings(
  verbs: readonly PhraseHit[],
  complementisers: readonly PhraseHit[],
  namedAt: readonly number[],
  from: number,
): SpeechSetting[] {
  const settings: SpeechSetting[] = [];
  for (const verb of verbs) {
    if (verb.first < from) continue;
    const complementiser = complementisers.find((c) => c.first > verb.last);
    if (complementiser === undefined) continue;
    const named = namedAt.some((at) => at > verb.last && at - verb.last <= SUBJECT_REACH);
    if (named) continue;
    settings.push({ after: verb.last, before: complementiser.first });
  }
  return settings;
}

/** Whether a word lies inside one of the settings. */
export function inSpeechSetting(settings: readonly SpeechSetting[], word: number): boolean {
  return settings.some((s) => word > s.after && word < s.before);
}
