import type { TimelineEntry } from '@sijill/contracts';

/** First strong isolate and pop directional isolate: a right-to-left run inside a left-to-right line. */
const FSI = '\u2068';
const PDI = '\u2069';

// C0 and C1 controls (an ESC could drive the terminal), line breaks included: one value, one line.
const CONTROL_PATTERN = /\p{Cc}+/gu;
// Embeddings, overrides, isolates and marks inside a value could escape its isolate.
const BIDI_CONTROL_PATTERN = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const RIGHT_TO_LEFT_PATTERN =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

const LABEL_WIDTH = 14;

/**
 * Text from the timeline made safe for a terminal line: controls become spaces, bidi controls go,
 * and text in a right-to-left script is wrapped in an isolate so it reads right to left without
 * reordering the labels and punctuation around it.
 */
export function displayText(text: string): string {
  const clean = text.replace(CONTROL_PATTERN, ' ').replace(BIDI_CONTROL_PATTERN, '').trim();
  return RIGHT_TO_LEFT_PATTERN.test(clean) ? `${FSI}${clean}${PDI}` : clean;
}

/**
 * One entry revision as a block of lines for people: date, type and lifecycle, then title (English
 * and Arabic), place, participants (English and Arabic names), organisation, agreements, sources.
 * Ends with a blank line.
 */
export function formatTimelineEntry(entry: TimelineEntry): string {
  const lines = [headline(entry)];
  const field = (label: string, values: readonly string[]): void => {
    values.forEach((value, i) => {
      const prefix = i === 0 ? `${label}:`.padEnd(LABEL_WIDTH) : ''.padEnd(LABEL_WIDTH);
      lines.push(`  ${prefix}${value}`);
    });
  };
  if (entry.status === 'merged') field('Merged into', [displayText(entry.mergedInto ?? '?')]);
  field('Title', [entry.title.en, entry.title.ar].flatMap(present).map(displayText));
  if (entry.location !== undefined) field('Place', [place(entry.location)]);
  field('Participants', entry.participants.map(participant));
  if (entry.organisation !== undefined) field('Organisation', [organisation(entry.organisation)]);
  field(
    'Agreements',
    entry.agreements.map((a) => displayText(a.title)),
  );
  field('Sources', [String(entry.sources.length)]);
  return `${lines.join('\n')}\n\n`;
}

function headline(entry: TimelineEntry): string {
  const { start, end, precision } = entry.date;
  const date = end !== undefined && end !== start ? `${start} – ${end}` : start;
  const status = entry.status === 'merged' ? ', merged' : '';
  return (
    `${displayText(date)}${precision === 'day' ? '' : ` (${precision})`}  ` +
    `${entry.type}, ${entry.lifecycle}${status}  ` +
    `[${displayText(entry.id)} revision ${entry.revision}]`
  );
}

function place(location: NonNullable<TimelineEntry['location']>): string {
  const city = location.city === undefined ? '' : `${displayText(location.city)}, `;
  return `${city}${displayText(location.country)}${location.inferred === true ? ' (inferred)' : ''}`;
}

function participant(p: TimelineEntry['participants'][number]): string {
  const arabic = p.names.ar === undefined ? '' : ` ${displayText(p.names.ar)}`;
  const details = [p.role, p.country, p.side].flatMap(present).map(displayText);
  return `${displayText(p.name)}${arabic}${details.length === 0 ? '' : ` (${details.join(', ')})`}`;
}

function organisation(o: NonNullable<TimelineEntry['organisation']>): string {
  const acronym = o.acronym === undefined || o.acronym === o.name ? '' : ` (${o.acronym})`;
  return displayText(`${o.name}${acronym}`);
}

function present(value: string | undefined): string[] {
  return value === undefined || value.trim() === '' ? [] : [value];
}
