import type { EventMention, UniqueArticle } from '@sijill/contracts';
import { loadDefaultGazetteer } from '../gazetteer';
import { exampleArticle } from '@sijill/testing';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();

function article(id: string, language: string, publishedAt: string, body: string): UniqueArticle {
  return exampleArticle(id, language, body, { publishedAt });
}

/** Each mention as `type country: participant/side, …` (participants sorted). */
function summary(mentions: readonly EventMention[]): string[] {
  return mentions.map((m) => {
    const people = m.participants
      .map((p) => (p.side === undefined ? p.name : `${p.name}/${p.side}`))
      .sort()
      .join(', ');
    return `${m.type} ${m.location?.country ?? '-'}: ${people}`;
  });
}

const PUBLISHED = '2015-08-02T09:00:00+03:00';

// Articles written for these tests (facts of real diplomacy, our own words).
describe('extractMentions: the encounters Gulf papers report in their own forms', () => {
  it.each([
    {
      rule: 'a counterpart named in a sentence without its owner is the earlier subject’s counterpart',
      text: 'وصل وزير الخارجية الأمريكي جون كيري إلى الرياض مساء أمس. ويلتقي اليوم نظيره المصري سامح شكري في قصر المؤتمرات.',
      expected: 'John Kerry, Sameh Shoukry',
    },
    {
      rule: 'an unnamed counterpart without its owner resolves on the earlier subject’s office',
      text: 'وصل وزير الخارجية الأمريكي جون كيري إلى الرياض مساء أمس. وبحث اليوم مع نظيره المصري العلاقات الثنائية.',
      expected: 'John Kerry, Sameh Shoukry',
    },
  ])('$rule', ({ text, expected }) => {
    const mentions = extractMentions(article('counterpart', 'ar', PUBLISHED, text), gazetteer);
    const together = mentions.filter((m) => {
      const names = m.participants.map((p) => p.name);
      return expected.split(', ').every((n) => names.includes(n));
    });
    expect(together.length).toBeGreaterThan(0);
  });

  it('a counterpart whose owner was named too many sentences before is nobody’s', () => {
    const text = [
      'وصل وزير الخارجية الأمريكي جون كيري إلى الرياض مساء أمس.',
      'وتشهد المنطقة توترا متزايدا.',
      'وتتواصل المعارك في عدة مدن.',
      'ويسود الهدوء الحدود الشمالية.',
      'ويلتقي اليوم نظيره المصري سامح شكري.',
    ].join(' ');
    const mentions = extractMentions(article('far-owner', 'ar', PUBLISHED, text), gazetteer);
    const together = mentions.filter(
      (m) =>
        m.participants.some((p) => p.name === 'John Kerry') &&
        m.participants.some((p) => p.name === 'Sameh Shoukry'),
    );
    expect(together).toEqual([]);
  });

  it('a named counterpart of the owner’s own country is no counterpart of theirs', () => {
    const text =
      'وصل وزير الخارجية المصري سامح شكري إلى الرياض مساء أمس. ويلتقي اليوم نظيره المصري نبيل العربي.';
    const mentions = extractMentions(article('same-country', 'ar', PUBLISHED, text), gazetteer);
    expect(summary(mentions).filter((s) => s.startsWith('meeting'))).toEqual([]);
  });

  it('a visitor’s own country, named in a host’s title, is not where the visit went', () => {
    const text =
      'وصل وزير الخارجية عادل الجبير إلى الدوحة اليوم في زيارة رسمية لدولة قطر. وكان في استقباله لدى وصوله وزير الخارجية القطري خالد العطية والقائم بالأعمال في سفارة المملكة العربية السعودية لدى قطر.';
    const mentions = extractMentions(article('visitor-home', 'ar', PUBLISHED, text), gazetteer);
    expect(summary(mentions)).toEqual([
      'visit QA: Adel al-Jubeir/visitor, Khalid bin Mohammad Al Attiyah/host',
    ]);
  });

  it.each([
    {
      language: 'ar',
      text: 'قال الرئيس الأمريكي باراك أوباما في اليوم الأول من زيارته إلى كينيا السبت إن القارة تتقدم.',
    },
    {
      language: 'en',
      text: 'On the first day of his visit to Kenya on Saturday, President Barack Obama said the continent was moving forward.',
    },
  ])('"the first day of a visit" reports the visit itself ($language)', ({ language, text }) => {
    const mentions = extractMentions(article('first-day', language, PUBLISHED, text), gazetteer);
    expect(summary(mentions)).toEqual(['visit KE: Barack Obama/visitor']);
  });

  it('"the first visit" still only qualifies the event the sentence reports', () => {
    const text = 'وقال الرئيس الأمريكي باراك أوباما إن أول زيارة له إلى كينيا كانت قبل سنوات.';
    const mentions = extractMentions(article('first-visit', 'ar', PUBLISHED, text), gazetteer);
    expect(mentions).toEqual([]);
  });
});
