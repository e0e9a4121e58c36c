import type { TimelineEntry } from '@sijill/contracts';
import type { PossibleSplit } from '@sijill/core';

/** Keeps right-to-left text in its own direction inside a left-to-right line (FSI … PDI). */
const isolate = (text: string): string => `\u2068${text}\u2069`;

// Enough evidence to judge a pair without drowning it: the first sentences of the first sources.
const SOURCES_SHOWN = 3;
const EVIDENCE_CHARS = 240;

function describeEntry(label: string, entry: TimelineEntry): string[] {
  const date = entry.date.end ? `${entry.date.start} – ${entry.date.end}` : entry.date.start;
  const place = entry.location
    ? [entry.location.city, entry.location.country].filter(Boolean).join(', ') +
      (entry.location.inferred ? ' (inferred)' : '')
    : 'place unknown';
  const who = entry.participants.map((p) => (p.side ? `${p.name} [${p.side}]` : p.name));
  const lines = [
    `  ${label} ${entry.id}  ${date}  ${entry.type} (${entry.lifecycle})  ${entry.title.en}`,
    `      where: ${place}${entry.organisation ? `   org: ${entry.organisation.acronym ?? entry.organisation.name}` : ''}`,
    `      who:   ${who.join(', ') || '-'}`,
    `      sources: ${entry.sources.length}`,
  ];
  for (const source of entry.sources.slice(0, SOURCES_SHOWN)) {
    const text = source.evidence.map((e) => e.text).join(' … ');
    const shown = text.length > EVIDENCE_CHARS ? `${text.slice(0, EVIDENCE_CHARS)}…` : text;
    lines.push(`      - ${source.source ?? source.articleId}: ${isolate(shown)}`);
  }
  if (entry.sources.length > SOURCES_SHOWN) {
    lines.push(`      - and ${entry.sources.length - SOURCES_SHOWN} more sources`);
  }
  return lines;
}

/**
 * The split report for the terminal: each pair of active entries that share a principal
 * participant within a few days, with what each says and the evidence its sources quote.
 */
export function formatPossibleSplits(
  splits: readonly PossibleSplit[],
  activeEntries: number,
  withinDays: number,
): string {
  const lines = [
    `Possible splits: ${splits.length} pairs among ${activeEntries} active entries ` +
      `(a shared principal participant, dates at most ${withinDays} days apart)`,
    '',
  ];
  splits.forEach((split, index) => {
    const apart = split.daysApart === 0 ? 'dates overlap' : `${split.daysApart} days apart`;
    lines.push(`#${index + 1}  shared: ${split.shared.join(', ')}; ${apart}`);
    lines.push(...describeEntry('A', split.first), ...describeEntry('B', split.second), '');
  });
  return `${lines.join('\n')}\n`;
}
