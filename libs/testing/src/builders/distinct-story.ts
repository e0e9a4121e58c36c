/**
 * A short English news story for index `i`: a delegation line (place, topic, numbers) and a line of
 * words drawn for `i` alone, so no two indexes' stories read as copies or rewrites of each other.
 */
export function distinctStory(i: number): string {
  const cities = [
    'Tashkent',
    'Astana',
    'Bishkek',
    'Dushanbe',
    'Ashgabat',
    'Baku',
    'Tbilisi',
    'Yerevan',
  ];
  const topics = [
    'energy',
    'rail transit',
    'water sharing',
    'grain exports',
    'border posts',
    'digital trade',
  ];
  const city = cities[i % cities.length] ?? '';
  const topic = topics[Math.floor(i / cities.length) % topics.length] ?? '';
  return [
    `Delegation ${i} arrived in ${city} for talks on ${topic} with officials from ${(i * 37) % 101} agencies.`,
    ownWords(i),
  ].join('\n');
}

const VOCABULARY = (
  'river harbour valley market bridge tower garden station library museum orchard quarry ' +
  'canal meadow forest desert island summit plateau lagoon highway tunnel factory school ' +
  'clinic stadium airport pipeline reservoir vineyard granary workshop courthouse lighthouse ' +
  'observatory monastery fortress bazaar caravan ferry mill pasture estuary glacier volcano ' +
  'canyon delta marsh prairie savanna tundra reef cove dune ridge basin spring'
).split(' ');

/**
 * A sentence of words drawn for story `i` alone, long enough (about 55 anchors a story) that the
 * few phrases two stories' template sentences share never make a copy or a rewrite of either.
 */
function ownWords(i: number): string {
  let state = ((i + 1) * 7_919) >>> 0;
  const words: string[] = [];
  for (let n = 0; n < 240; n++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    words.push(VOCABULARY[state % VOCABULARY.length] ?? 'river');
  }
  return `Notes ${i}: ${words.join(' ')}.`;
}
