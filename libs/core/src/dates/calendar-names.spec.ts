import { buildCalendarNames } from './calendar-names';

describe('buildCalendarNames', () => {
  const names = buildCalendarNames();

  it.each([
    ['يناير', 1],
    ['كانون الثاني', 1],
    ['جانفي', 1],
    ['شباط', 2],
    ['ابريل', 4],
    ['افريل', 4],
    ['ماي', 5],
    ['ايار', 5],
    ['جوان', 6],
    ['يوليوز', 7],
    ['تموز', 7],
    ['يوليه', 7],
    ['جويليه', 7],
    ['اغسطس', 8],
    ['اب', 8],
    ['غشت', 8],
    ['اوت', 8],
    ['اغشت', 8],
    ['شتنبر', 9],
    ['تشرين الاول', 10],
    ['نونبر', 11],
    ['دجمبر', 12],
    ['january', 1],
    ['sep', 9],
    ['sept', 9],
    ['december', 12],
  ])('knows the month %s', (name, month) => {
    expect(names.monthByName.get(name)).toBe(month);
  });

  it.each([
    ['احد', 0],
    ['اثنين', 1],
    ['اربعاء', 3],
    ['خميس', 4],
    ['جمعه', 5],
    ['thursday', 4],
  ])('knows the weekday %s', (name, weekday) => {
    expect(names.weekdayByName.get(name)).toBe(weekday);
  });
});
