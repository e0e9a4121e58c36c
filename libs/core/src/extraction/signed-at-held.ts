import type { MentionDraft } from './mention-draft';

/**
 * The agreements an encounter lists: a signing the text reports is a past act, so an encounter
 * still to come lists none ("ولي ولي العهد يزور الصين الشهر المقبل … وشهد لقاؤه بوتين توقيع
 * اتفاقيات": the deals signed at an earlier meeting are not the coming visit's).
 */
export function signedAtHeld(
  lifecycle: MentionDraft['lifecycle'],
  titles: readonly string[],
): string[] {
  return lifecycle === 'occurred' ? [...titles] : [];
}
