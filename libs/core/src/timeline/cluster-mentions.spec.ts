import { clusterMentions } from './cluster-mentions';
import { buildMention, type MentionSpec, PEOPLE, PLACES } from '@sijill/testing';

const { putin, tokayev } = PEOPLE;
const visit = (
  id: string,
  date: string,
  extra: Partial<MentionSpec> = {},
): ReturnType<typeof buildMention> =>
  buildMention({
    id,
    article: id,
    type: 'visit',
    date,
    at: PLACES.astana,
    visitors: [putin],
    hosts: [tokayev],
    ...extra,
  });

const inferred: Partial<MentionSpec> = { inferredPlace: true };

const idsOf = (clusters: ReturnType<typeof clusterMentions>): string[][] =>
  clusters.map((cluster) => cluster.map((m) => m.mentionId));

describe('clusterMentions', () => {
  it.each([
    ['one report', [visit('a', '2024-11-27')], [['a']]],
    [
      'two reports of one visit',
      [visit('a', '2024-11-27'), visit('b', '2024-11-28')],
      [['a', 'b']],
    ],
    [
      'one visit reported on its first and its last day, three days apart',
      [visit('a', '2024-11-26'), visit('b', '2024-11-29')],
      [['a', 'b']],
    ],
    [
      'two days apart at an inferred capital, unbridged',
      [visit('a', '2024-11-26', inferred), visit('b', '2024-11-28', inferred)],
      [['a'], ['b']],
    ],
    [
      'two days apart at an inferred capital, bridged by the day between',
      [
        visit('a', '2024-11-26', inferred),
        visit('b', '2024-11-28', inferred),
        visit('c', '2024-11-27', inferred),
      ],
      [['a', 'b', 'c']],
    ],
    [
      'two of one country’s delegation received by one host on one day',
      [visit('a', '2024-11-27'), visit('b', '2024-11-27', { visitors: [PEOPLE.lavrov] })],
      [['a', 'b']],
    ],
    [
      // The year date fits both visits, which contradict each other: it joins one of them only.
      'a year date between two visits of that year',
      [visit('a', '2024-03-01'), visit('b', '2024-11-27'), visit('c', '2024')],
      [['a', 'c'], ['b']],
    ],
    [
      'a chain of days never spans more than a week',
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((d) =>
        visit(`d${d}`, `2024-11-${d}`),
      ),
      [
        ['d01', 'd02', 'd03', 'd04', 'd05', 'd06', 'd07', 'd08'],
        ['d09', 'd10'],
      ],
    ],
    [
      'an unreadable date joins nothing',
      [visit('a', '2024-11-31'), visit('b', '2024-11-30')],
      [['b']],
    ],
  ])('%s', (_name, mentions, expected) => {
    expect(idsOf(clusterMentions(mentions))).toEqual(expected);
  });

  it('gives the same clusters for any input order and repeats', () => {
    const mentions = [
      visit('a', '2024-11-26'),
      visit('b', '2024-11-28'),
      visit('c', '2024-11-27'),
      visit('d', '2024'),
    ];
    const reference = idsOf(clusterMentions(mentions));
    const reversed = [...mentions].reverse();
    expect(idsOf(clusterMentions([...reversed, ...mentions]))).toEqual(reference);
  });
});
