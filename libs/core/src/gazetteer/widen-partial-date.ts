function monthEnd(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Widens a partial date to its first day (`edge: 'start'`) or last day (`edge: 'end'`). */
export function widenPartialDate(value: string, edge: 'start' | 'end'): string {
  const [yearText, monthText, dayText] = value.split('-');
  if (dayText !== undefined) return value;
  const year = Number(yearText);
  if (monthText !== undefined) {
    const day = edge === 'start' ? 1 : monthEnd(year, Number(monthText));
    return `${value}-${String(day).padStart(2, '0')}`;
  }
  return edge === 'start' ? `${value}-01-01` : `${value}-12-31`;
}
