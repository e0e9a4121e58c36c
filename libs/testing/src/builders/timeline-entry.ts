import type { TimelineEntry } from '@sijill/contracts';

type Participant = TimelineEntry['participants'][number];

/** Participants of published entries, with names in English and Arabic. */
export const ENTRY_PEOPLE = {
  putin: {
    name: 'Vladimir Putin',
    wikidata: 'Q7747',
    country: 'RU',
    role: 'President of Russia',
    names: { en: 'Vladimir Putin', ar: 'فلاديمير بوتين' },
  },
  tokayev: {
    name: 'Kassym-Jomart Tokayev',
    wikidata: 'Q2356',
    country: 'KZ',
    role: 'President of Kazakhstan',
    names: { en: 'Kassym-Jomart Tokayev', ar: 'قاسم جومارت توكاييف' },
  },
  erdogan: {
    name: 'Recep Tayyip Erdoğan',
    wikidata: 'Q39723',
    country: 'TR',
    role: 'President of Turkey',
    names: { en: 'Recep Tayyip Erdoğan', ar: 'رجب طيب أردوغان' },
  },
  sisi: {
    name: 'Abdel Fattah el-Sisi',
    country: 'EG',
    names: { en: 'Abdel Fattah el-Sisi', ar: 'عبد الفتاح السيسي' },
  },
} satisfies Record<string, Participant>;

/**
 * A published timeline entry, valid against its schema: Putin's visit to Astana, revision 1, one
 * Arabic source. The fields a case is about come in `fields`; every spec builds its entries here.
 */
export function timelineEntry(
  id: string,
  fields: Partial<Omit<TimelineEntry, 'id'>> = {},
): TimelineEntry {
  return {
    id,
    revision: 1,
    status: 'active',
    type: 'visit',
    lifecycle: 'occurred',
    date: { start: '2024-07-03', precision: 'day' },
    location: { city: 'Astana', country: 'KZ' },
    participants: [ENTRY_PEOPLE.putin, ENTRY_PEOPLE.tokayev],
    agreements: [],
    title: { en: 'Putin visits Kazakhstan', ar: 'بوتين يزور كازاخستان' },
    codes: { plover: 'CONSULT', ploverMode: 'visit', cameo: '042' },
    sources: [
      {
        articleId: `a-${id}`,
        language: 'ar',
        evidence: [{ text: 'وصل الرئيس إلى أستانا', start: 0, end: 20 }],
      },
    ],
    firstSeenAt: '2024-07-03T08:00:00.000Z',
    updatedAt: '2024-07-03T08:00:00.000Z',
    ...fields,
  };
}
