import { datesAgree } from './merge-frames';
import type { DraftParticipant, MentionDraft } from './finalise-event';
import { definedOnly } from '@sijill/contracts';

function samePeople(a: readonly DraftParticipant[], b: readonly DraftParticipant[]): number {
  const ids = new Set(a.map((p) => p.personId));
  return b.filter((p) => ids.has(p.personId)).length;
}

function withParticipants(
  draft: MentionDraft,
  more: readonly DraftParticipant[],
  sentences: readonly number[],
): MentionDraft {
  const participants = [...draft.participants];
  for (const p of more) {
    if (participants.some((q) => q.personId === p.personId)) continue;
    participants.push({
      personId: p.personId,
      ...definedOnly({ country: p.country }),
    });
  }
  return {
    ...draft,
    participants:
      draft.type === 'visit' ? participants : participants.map(({ side: _side, ...rest }) => rest),
    sentences: [...new Set([...draft.sentences, ...sentences])].sort((x, y) => x - y),
  };
}

/** One trip to one country is one visit: same destination, agreeing dates, a shared visitor. */
function sameTrip(a: MentionDraft, b: MentionDraft): boolean {
  if (a.location?.country === undefined || a.location.country !== b.location?.country) return false;
  if (!datesAgree(a.date, b.date)) return false;
  const visitors = new Set(
    a.participants.filter((p) => p.side === 'visitor').map((p) => p.personId),
  );
  return b.participants.some((p) => p.side === 'visitor' && visitors.has(p.personId));
}

/**
 * Article-level clean-up of drafts: a visit with nobody receiving it, to the country and days of a
 * summit the article reports, was made to attend the summit and is folded into it; two drafts of
 * the same type, day and place with the same people (or organisation) are one encounter.
 */
export function settleDrafts(drafts: readonly MentionDraft[]): MentionDraft[] {
  let settled = [...drafts];
  for (const visit of drafts) {
    if (visit.type !== 'visit') continue;
    const hosted = visit.participants.some((p) => p.side === 'host');
    if (hosted && !visit.event.purpose) continue;
    const visitSentences = new Set(visit.sentences);
    const index = settled.findIndex(
      (s) =>
        s.type === 'summit' &&
        (s.location === undefined || s.location.country === visit.location?.country) &&
        datesAgree(s.date, visit.date) &&
        (s.location !== undefined || s.sentences.some((n) => visitSentences.has(n))),
    );
    const summit = settled[index];
    if (summit === undefined) continue;
    const merged = withParticipants(
      summit,
      visit.participants.filter((p) => p.side === 'visitor'),
      visit.sentences,
    );
    settled[index] =
      merged.location === undefined && visit.location !== undefined
        ? { ...merged, location: visit.location }
        : merged;
    settled = settled.filter((s) => s !== visit);
  }
  // A meeting with no place of its own, held the day of a summit its people attend, was held there.
  settled = settled.map((draft) => {
    if (draft.type !== 'meeting' || draft.location !== undefined) return draft;
    const summit = settled.find(
      (s) =>
        s.type === 'summit' &&
        s.location !== undefined &&
        datesAgree(s.date, draft.date) &&
        samePeople(s.participants, draft.participants) > 0,
    );
    return summit?.location === undefined ? draft : { ...draft, location: summit.location };
  });
  const kept: MentionDraft[] = [];
  for (const draft of settled) {
    const twin = kept.findIndex((k) => {
      if (k.type === 'visit' && draft.type === 'visit') return sameTrip(k, draft);
      if (k.type !== draft.type || k.date.start !== draft.date.start) return false;
      const placed = k.location !== undefined && draft.location !== undefined;
      if (placed && k.location?.country !== draft.location?.country) return false;
      if (k.organisation !== undefined && draft.organisation !== undefined)
        return k.organisation === draft.organisation;
      const needed = Math.min(2, k.participants.length, draft.participants.length);
      return needed > 0 && samePeople(k.participants, draft.participants) >= needed;
    });
    const existing = kept[twin];
    if (existing === undefined) {
      kept.push(draft);
      continue;
    }
    const merged = withParticipants(existing, draft.participants, draft.sentences);
    kept[twin] =
      merged.location === undefined && draft.location !== undefined
        ? { ...merged, location: draft.location }
        : merged;
  }
  return kept;
}
