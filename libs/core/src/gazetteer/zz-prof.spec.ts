import { loadDefaultGazetteer, matchEntities } from './index';

const FILLER = 'قال المسؤول في تصريحات للصحفيين إن المحادثات تناولت سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين في مجالات الطاقة والنقل والزراعة والتعليم وأكد أهمية مواصلة الحوار خلال الفترة المقبلة'.split(' ');
const MENTIONS = ['الرئيس الكازاخستاني قاسم جومارت توكاييف', 'ونظيره الروسي فلاديمير بوتين', 'في أستانا', 'وزير الخارجية التركي هاكان فيدان', 'منظمة شنغهاي للتعاون', 'والإمارات', 'بالسعودية', 'توقايف'];

it('speed', () => {
  const g = loadDefaultGazetteer();
  const words: string[] = [];
  let i = 0;
  while (words.length < 1000) {
    words.push(FILLER[i % FILLER.length] ?? '');
    if (i % 40 === 0) words.push(...(MENTIONS[(i / 40) % MENTIONS.length] ?? '').split(' '));
    i++;
  }
  const text = words.join(' ');
  let n = 0;
  for (let k = 0; k < 20; k++) n += matchEntities(g, text, { date: '2024-06-01' }).length;
  const runs = 200;
  const t = performance.now();
  for (let k = 0; k < runs; k++) n += matchEntities(g, text, { date: '2024-06-01' }).length;
  const us = ((performance.now() - t) / runs) * 1000;
  console.log('µs per 1000-word article', us.toFixed(0), 'matches', matchEntities(g, text, { date: '2024-06-01' }).length, n);
});
