import { syntheticArabicWireArticle } from '@sijill/testing';
import { DEFAULT_GAZETTEER_DATA } from './load-default-gazetteer';
import { loadGazetteer } from './load-gazetteer';
import { matchEntities } from './match-entities';

// What the matcher costs is reported by `npm run bench:match`, never asserted here: a wall-clock
// budget fails on a loaded machine and passes on an idle one.
describe('matchEntities on a long article', () => {
  const gazetteer = loadGazetteer(DEFAULT_GAZETTEER_DATA);

  it('finds the names of a 1,000-word Arabic article, the same on every call', () => {
    const text = syntheticArabicWireArticle(1000, 0);
    const first = matchEntities(gazetteer, text, { date: '2024-06-01' });
    expect(first.length).toBeGreaterThan(30);
    expect(matchEntities(gazetteer, text, { date: '2024-06-01' })).toEqual(first);
  });
});
