import { ORGANISATION_TITLES } from '../gazetteer';
import { personKey, type MentionProfile } from './profile-mention';

/**
 * An organisation's gathering told as its officer meeting the host: a meeting, placed explicitly
 * in the summit's country, between someone holding an organisation's title (a secretary-general,
 * a high representative: no state's) and only people on the summit's host side. The officer
 * speaks for the member states the host receives (the GCC's secretary-general "meeting" the US
 * president at the US–GCC summit). Two state leaders meeting at a summit stay its sideline.
 */
export function officerMeetsHost(summit: MentionProfile, meeting: MentionProfile): boolean {
  if (summit.mention.type !== 'summit' || summit.mention.organisation === undefined) return false;
  if (meeting.mention.type !== 'meeting' || meeting.place?.explicit !== true) return false;
  if (summit.place === undefined || summit.place.country !== meeting.place.country) return false;
  let officers = 0;
  let hosts = 0;
  for (const participant of meeting.mention.participants) {
    const key = personKey(participant);
    const officer =
      participant.country === undefined && ORGANISATION_TITLES.has(participant.role ?? '');
    if (officer) officers++;
    else if (summit.hosts.has(key)) hosts++;
    else return false;
  }
  return officers > 0 && hosts > 0;
}
