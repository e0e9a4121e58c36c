import type { TimelineEntry } from '@sijill/contracts';

type Codes = TimelineEntry['codes'];

/**
 * PLOVER and CAMEO codes of an entry. A visit is coded from the visitor's side (CAMEO 042; 043
 * is the same visit seen from the host); a meeting is talks (046) unless it is held in a country
 * none of its participants comes from (third location, 044); a summit has no CAMEO code of its
 * own and takes "consult" (040). PLOVER has no category for a bare statement: it is OTHER.
 * Signing (SUPPORT, 057) is not an entry type: agreements are listed on the encounter.
 */
export function assignCodes(
  entry: Pick<TimelineEntry, 'type' | 'location' | 'participants'>,
): Codes {
  switch (entry.type) {
    case 'visit':
      return { plover: 'CONSULT', ploverMode: 'visit', cameo: '042' };
    case 'summit':
      return { plover: 'CONSULT', ploverMode: 'multilateral', cameo: '040' };
    case 'call':
      return { plover: 'CONSULT', ploverMode: 'phone', cameo: '041' };
    case 'meeting':
      return thirdLocation(entry)
        ? { plover: 'CONSULT', ploverMode: 'third-party', cameo: '044' }
        : { plover: 'CONSULT', cameo: '046' };
    case 'statement':
      return { plover: 'OTHER', cameo: '010' };
  }
}

function thirdLocation(entry: Pick<TimelineEntry, 'location' | 'participants'>): boolean {
  const country = entry.location?.country;
  if (country === undefined || entry.participants.length === 0) return false;
  return entry.participants.every((p) => p.country !== undefined && p.country !== country);
}
