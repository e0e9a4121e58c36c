import type { OfflineTimeline } from '@sijill/core';

/** Keeps right-to-left text in its own direction inside a left-to-right line (FSI … PDI). */
const isolate = (text: string): string => `\u2068${text}\u2069`;

/** A readable timeline for the terminal: one block per active entry, then what became of articles. */
export function formatOfflineTimeline({ events, articles }: OfflineTimeline): string {
  const active = events.filter((e) => e.status === 'active');
  const lines: string[] = [`Timeline: ${active.length} entries`, ''];
  for (const entry of active) {
    const date = entry.date.end ? `${entry.date.start} – ${entry.date.end}` : entry.date.start;
    const place = entry.location
      ? [entry.location.city, entry.location.country].filter(Boolean).join(', ')
      : 'place unknown';
    lines.push(`${date}  ${entry.type} (${entry.lifecycle})  ${entry.title.en}`);
    if (entry.title.ar) lines.push(`    ${isolate(entry.title.ar)}`);
    const who = entry.participants.map((p) =>
      p.names.ar ? `${p.name} (${isolate(p.names.ar)})` : p.name,
    );
    lines.push(`    where: ${place}${entry.location?.inferred ? ' (inferred)' : ''}`);
    if (who.length > 0) lines.push(`    who:   ${who.join(', ')}`);
    if (entry.organisation)
      lines.push(`    org:   ${entry.organisation.acronym ?? entry.organisation.name}`);
    if (entry.agreements.length > 0)
      lines.push(`    signed: ${entry.agreements.length} agreement(s)`);
    const copies = entry.sources.reduce((n, s) => n + (s.duplicates?.length ?? 0), 0);
    lines.push(
      `    sources: ${entry.sources.length}${copies > 0 ? ` (+${copies} wire copies)` : ''}`,
    );
    lines.push('');
  }
  const count = (outcome: string) => articles.filter((a) => a.outcome === outcome).length;
  lines.push(
    `Articles: ${count('unique')} unique, ${count('duplicate')} duplicates, ${count('invalid')} invalid`,
  );
  for (const a of articles.filter((x) => x.outcome === 'invalid')) {
    lines.push(`    invalid  ${a.id}  ${a.reason ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}
