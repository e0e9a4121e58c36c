/**
 * Runs a benchmark's `main`. A failure is written to stderr as one line, `<label> failed: …` (its
 * message, or its stack with `detail: 'stack'`), and the process exits 1 once its work is done.
 */
export function runScript(
  label: string,
  main: () => Promise<void>,
  detail: 'message' | 'stack' = 'message',
): void {
  main().catch((error: unknown) => {
    const text =
      error instanceof Error ? (detail === 'stack' ? error.stack : error.message) : String(error);
    process.stderr.write(`${label} failed: ${text}\n`);
    process.exitCode = 1;
  });
}
