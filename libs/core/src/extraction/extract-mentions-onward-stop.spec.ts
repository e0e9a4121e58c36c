import { exampleArticle, mentionLines } from '@sijill/testing';
import { loadDefaultGazetteer } from '../gazetteer';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();
const told = (id: string, language: string, body: string): string[] =>
  mentionLines(
    extractMentions(
      exampleArticle(id, language, body, { publishedAt: '2015-08-02T09:00:00+03:00' }),
      gazetteer,
    ),
  );

// Sentences written for these tests (issue 17): a traveller's next stop, told after an onward word
// in a clause of its own, is no place of the encounter the sentence tells first.
describe('extractMentions: a next stop is not where the encounter is', () => {
  it.each([
    [
      'ar: talks today, then on to Doha tomorrow',
      'ar',
      'ويجتمع وزير الخارجية الأمريكي جون كيري، اليوم، مع وزير الخارجية المصري سامح شكري، وينتقل كيري، غدا الإثنين، إلى الدوحة.',
      'QA',
    ],
    [
      'ar: before heading to Qatar tomorrow',
      'ar',
      'ويلتقي جون كيري اليوم نظيره المصري سامح شكري، قبل التوجه غدا إلى قطر.',
      'QA',
    ],
    [
      'ar: the two conflicts the talks discuss (a topic in the dual) are not where they are held',
      'ar',
      'ويلتقي جون كيري اليوم نظيره المصري سامح شكري، وسيبحث كيري أيضا النزاعين في اليمن وسوريا.',
      'YE',
    ],
    [
      'en: talks today, then moves on to Doha',
      'en',
      'US Secretary of State John Kerry meets Egyptian Foreign Minister Sameh Shoukry today, and then moves on to Doha on Monday.',
      'QA',
    ],
  ])('%s', (_name, language, body, notThere) => {
    const meetings = told('onward', language, body).filter((m) => m.includes('John Kerry'));
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(m).not.toContain(` ${notThere}:`);
  });

  it.each([
    [
      'ar: a place in the clause after the talks, with no onward word, stays theirs',
      'ar',
      'والتقى جون كيري اليوم نظيره المصري سامح شكري، في القاهرة.',
      'EG',
    ],
    [
      'ar: a visit verb opens its own frame, which keeps its destination',
      'ar',
      'ويتوجه وزير الخارجية الأمريكي جون كيري غدا إلى الدوحة.',
      'QA',
    ],
  ])('%s', (_name, language, body, there) => {
    const mentions = told('kept', language, body).filter((m) => m.includes('John Kerry'));
    expect(mentions.some((m) => m.includes(` ${there}:`))).toBe(true);
  });
});

// Sentences written for these tests: an onward word between two encounters ends the first; the
// people met at the next stop are no party to the encounter told before it, nor the other way.
describe('extractMentions: the encounter at the next stop is its own', () => {
  it('ar: meets the Egyptian minister today, moves on to Doha tomorrow to meet the Qatari one', () => {
    const lines = told(
      'onward-split',
      'ar',
      'ويلتقي وزير الخارجية الأمريكي جون كيري اليوم نظيره المصري سامح شكري، وينتقل كيري، غدا الإثنين، إلى الدوحة، حيث سيلتقي وزير الخارجية القطري خالد العطية.',
    );
    expect(lines.some((m) => m.includes('Sameh Shoukry'))).toBe(true);
    expect(lines.some((m) => m.includes('Sameh Shoukry') && m.includes('Al Attiyah'))).toBe(false);
  });
});
