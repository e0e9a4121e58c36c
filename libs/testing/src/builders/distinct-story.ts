/**
 * A short English news story for index `i`, different enough from every other index's to never
 * be its near-duplicate (numbers, places and topics vary in every sentence).
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
    `The ministers reviewed ${(i * 13) % 89} joint projects and a plan worth ${(i * 7919) % 10007} million dollars.`,
    `Round ${i} of the ${topic} consultations ended with a memorandum signed by ${(i * 3) % 17} departments.`,
    `Officials said case ${i * 101} on ${topic} near ${city} would be reviewed again in month ${(i % 12) + 1}.`,
  ].join('\n');
}
