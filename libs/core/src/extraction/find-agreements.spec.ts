import type { UniqueArticle } from '@sijill/contracts';
import { loadDefaultGazetteer } from '../gazetteer';
import { normaliseArticle } from '../normalise';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();

function article(language: string, body: string): UniqueArticle {
  const normalised = normaliseArticle({ body, language });
  return {
    articleId: `agreements-${language}`,
    publishedAt: '2024-05-16T18:00:00+03:00',
    language: normalised.language,
    languageDetected: normalised.languageDetected,
    text: normalised.text,
    sentences: normalised.sentences.map((s) => ({ start: s.start, end: s.end })),
    cuts: [],
    source: { topic: 'articles.unique', partition: 0, offset: '0' },
  };
}

const agreementsIn = (language: string, body: string): string[] =>
  extractMentions(article(language, body), gazetteer).flatMap((m) =>
    m.agreements.map((a) => a.title),
  );

// Each text reports one encounter; only a clause that says a document was signed there counts.
const CASES: readonly [string, string, string, readonly string[]][] = [
  [
    'a signing clause, titled as the clause names it',
    'en',
    'Russian President Vladimir Putin arrived in Beijing on Thursday for a state visit, and he and Chinese President Xi Jinping signed a joint statement on deepening their partnership.',
    ['joint statement on deepening their partnership'],
  ],
  [
    'an Arabic signing clause',
    'ar',
    'وصل الرئيس الروسي فلاديمير بوتين إلى بكين اليوم الخميس في زيارة دولة، ووقع مع الرئيس الصيني شي جين بينغ مذكرة تفاهم للتعاون النووي السلمي.',
    ['مذكرة تفاهم للتعاون النووي السلمي'],
  ],
  [
    'a deal the visit is about, signed earlier (a relative clause)',
    'ar',
    'وصل الرئيس الروسي فلاديمير بوتين إلى بكين اليوم الخميس لبحث الاتفاق النووي الذي وقع في يوليو مع الرئيس الصيني شي جين بينغ.',
    [],
  ],
  [
    'a signing that only dates something else (since the signing of)',
    'ar',
    'وصل الرئيس الروسي فلاديمير بوتين إلى بكين اليوم الخميس في أول زيارة منذ التوقيع على الاتفاق النووي، وأجرى محادثات مع الرئيس الصيني شي جين بينغ.',
    [],
  ],
  [
    'a signing still to come',
    'en',
    'Russian President Vladimir Putin arrived in Beijing on Thursday for talks with Chinese President Xi Jinping, and the two leaders will sign an energy agreement next year.',
    [],
  ],
  [
    'a Russian signing clause (подписали)',
    'ru',
    'Президент России Владимир Путин прибыл в Пекин в четверг с государственным визитом, и он и председатель КНР Си Цзиньпин подписали совместное заявление о партнёрстве.',
    ['совместное заявление о партнёрстве'],
  ],
  [
    'a French signing clause (ont signé)',
    'fr',
    "Emmanuel Macron s'est rendu à Berlin jeudi et a rencontré Olaf Scholz. Les deux dirigeants ont signé un accord sur l'hydrogène.",
    ["accord sur l'hydrogène"],
  ],
  [
    'talks about an accord with no signing clause',
    'en',
    'Russian President Vladimir Putin arrived in Beijing on Thursday for talks with Chinese President Xi Jinping on the energy agreement between their countries.',
    [],
  ],
];

describe('agreementsOf, through extractMentions', () => {
  it.each(CASES)('%s', (_name, language, body, expected) => {
    expect(agreementsIn(language, body)).toEqual(expected);
  });
});
