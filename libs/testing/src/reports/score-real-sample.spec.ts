import { sameParticipant } from './score-real-sample';

describe('sameParticipant', () => {
  it.each([
    ['Salman bin Abdulaziz Al Saud', 'Salman of Saudi Arabia', true],
    ['Abdullah II', 'Abdullah II of Jordan', true],
    ['Bruno Rodríguez', 'Bruno Rodríguez Parrilla', true],
    ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', true],
    ['Mohammed bin Nayef', 'Muhammad bin Nayef', true],
    ['Mohammed bin Salman', 'Salman of Saudi Arabia', false],
    ['Salman bin Abdulaziz Al Saud', 'Mohammed bin Salman', false],
    ['Sameh Shoukry', 'Adel al-Jubeir', false],
  ])('%s and %s: %s', (candidate, gold, expected) => {
    expect(sameParticipant(candidate, gold)).toBe(expected);
  });
});
