import { loadDefaultGazetteer } from '../gazetteer';
import { outOfOffice } from './refuse-out-of-office';

const gazetteer = loadDefaultGazetteer();

describe('outOfOffice', () => {
  it.each([
    {
      rule: 'a former president named years after his term is no state party',
      personId: 'apj-abdul-kalam',
      day: '2015-07-30',
      expected: true,
    },
    {
      rule: 'the same person during his term is',
      personId: 'apj-abdul-kalam',
      day: '2004-03-01',
      expected: false,
    },
    {
      rule: 'a president in office on the day is',
      personId: 'abdel-fattah-el-sisi',
      day: '2015-07-30',
      expected: false,
    },
    {
      rule: 'someone whose listed offices begin later is not judged (the gazetteer may miss earlier ones)',
      personId: 'mohammed-bin-salman',
      day: '2015-07-30',
      expected: false,
    },
    {
      rule: 'a person the gazetteer does not know is not judged',
      personId: 'nobody-known',
      day: '2015-07-30',
      expected: false,
    },
  ])('$rule', ({ personId, day, expected }) => {
    expect(outOfOffice(gazetteer, personId, day)).toBe(expected);
  });
});
