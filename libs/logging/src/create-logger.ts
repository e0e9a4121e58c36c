import pino, { type Logger } from 'pino';

/** A JSON-lines logger for code outside Nest (the CLI); writes to stderr so stdout stays data. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino(
    {
      name,
      level,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    pino.destination(2),
  );
}
