import type { MentionProfile } from './profile-mention';

/**
 * A gathering one report tells only through its guest: a summit naming one person, not of its
 * host side, is that person's encounter where it is held — the visit they made to attend it, or
 * the meeting they held there (the Tunisian prime minister "at" the EU ministers' meeting and his
 * talks with its high representative; a foreign minister "at" a GCC meeting in Qatar and his Doha
 * visit). The summit must be placed, in the other's country. One article that tells the summit
 * apart from the visit or meeting reports two encounters (a state visit and the summit it
 * coincides with), so two mentions of one article never join by this rule.
 */
export function gatheringOfItsGuest(summit: MentionProfile, other: MentionProfile): boolean {
  if (summit.mention.type !== 'summit' || summit.people.size !== 1) return false;
  if (summit.mention.articleId === other.mention.articleId) return false;
  const [guest] = summit.people;
  if (guest === undefined || summit.hosts.has(guest)) return false;
  if (summit.place === undefined || summit.place.country !== other.place?.country) return false;
  switch (other.mention.type) {
    case 'visit':
      return other.visitors?.has(guest) === true;
    case 'meeting':
      return other.people.size >= 2 && other.people.has(guest);
    case 'summit':
    case 'call':
    case 'statement':
      return false;
  }
}
