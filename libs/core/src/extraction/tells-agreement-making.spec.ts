import { readOneSentence } from '@sijill/testing';
import { tellsAgreementMaking } from './tells-agreement-making';

/** For each place the sentence names (as written), whether it tells where an agreement was made. */
function making(text: string): Record<string, boolean> {
  const reading = readOneSentence(text, { anchor: '2015-08-02' });
  return Object.fromEntries(
    reading.entities
      .filter((e) => e.match.kind === 'country' || e.match.kind === 'place')
      .map((e) => [e.match.text, tellsAgreementMaking(reading, e.first)]),
  );
}

// Sentences written for these tests.
describe('tellsAgreementMaking', () => {
  it.each([
    {
      rule: 'a place in a relative clause about an agreement is where it was made',
      text: 'ويلتقي الوزير نظراءه لتهدئة مخاوفهم من الاتفاق النووي الذي أبرمته الدول الكبرى في فيينا.',
      expected: { فيينا: true },
    },
    {
      rule: 'the reach of that relative clause counts from its pronoun, not the noun',
      text: 'ويلتقي الوزير نظراءه لتهدئة مخاوفهم الناتجة عن الاتفاق النووي الذي أبرمته الدول الكبرى مع إيران في 14 تموز/يوليو في فيينا.',
      expected: { فيينا: true, إيران: true },
    },
    {
      rule: 'so is a place after a signing that "after" governs',
      text: 'وسيلتقي الوزير الاثنين نظيره لبحث الوضع بعد توقيع الاتفاق في فيينا.',
      expected: { فيينا: true },
    },
    {
      rule: 'an aside in brackets does not end the clause',
      text: 'وستلتقي الوزيرة الاثنين نظيرها لبحث الوضع بعد توقيع الاتفاق في 14 يوليو (تموز) في فيينا بين إيران والدول الست.',
      expected: { فيينا: true, إيران: true },
    },
    {
      rule: 'and a place after a signed agreement with no verb',
      text: 'وقال الوزير إن الاتفاق الموقع في فيينا سيسمح بتوسيع النفوذ.',
      expected: { فيينا: true },
    },
    {
      rule: 'an agreement the sentence reports signed at the encounter keeps its place',
      text: 'ووقع الجانبان اتفاقية تعاون في الرياض أمس.',
      expected: { الرياض: false },
    },
    {
      rule: 'an encounter told after the agreement noun owns the place',
      text: 'وبحث الوزيران الاتفاق النووي خلال لقائهما في فيينا.',
      expected: { فيينا: false },
    },
    {
      rule: 'a place before the agreement noun is the encounter’s',
      text: 'والتقى الوزير في الدوحة نظيره لبحث الاتفاق النووي.',
      expected: { الدوحة: false },
    },
    {
      rule: 'an agreement noun in another clause governs nothing here',
      text: 'وبحث الوزيران الاتفاق النووي، ثم التقيا الرئيس في طهران.',
      expected: { طهران: false },
    },
  ])('$rule', ({ text, expected }) => {
    expect(making(text)).toEqual(expected);
  });
});
