const MIN_BRACES = 3;

/**
 * A line's inline style sheet or script (pasted page widgets: a poll's CSS and chart code) cut from
 * the matching form, from its first `{` to its last `}`, when that span opens and closes at least
 * three blocks (with the `);` that closes the call). Prose has no braces; two pages sharing one widget are not copies of each other.
 */
export function stripInlineCode(matchingText: string): string {
  return matchingText
    .split('\n')
    .map((line) => {
      const first = line.indexOf('{');
      const last = line.lastIndexOf('}');
      if (first < 0 || last < first) return line;
      const span = line.slice(first, last + 1);
      const opens = span.split('{').length - 1;
      const closes = span.split('}').length - 1;
      if (opens < MIN_BRACES || closes < MIN_BRACES) return line;
      // The call that closes a script ("});") goes with it.
      return `${line.slice(0, first)} ${line.slice(last + 1).replace(/^[\s);,]*/u, '')}`;
    })
    .join('\n');
}
