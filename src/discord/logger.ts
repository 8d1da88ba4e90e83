/** Levelled logging to stderr, one line per event; a token-shaped string never reaches a log line. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const TOKEN_SHAPE = /[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}/g;

/** `text` with anything shaped like a bot token, and each of `secrets`, replaced by `[redacted]`. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(TOKEN_SHAPE, '[redacted]');
  for (const s of secrets) if (s) out = out.split(s).join('[redacted]');
  return out;
}

/** A logger that writes lines at or above `level` through `write` (stderr by default), secrets redacted. */
export function createLogger(level: LogLevel, secrets: readonly string[] = [], write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const rank = LOG_LEVELS.indexOf(level);
  const at = (l: LogLevel) => (message: string) => {
    if (LOG_LEVELS.indexOf(l) >= rank && level !== 'silent') write(`${new Date().toISOString()} ${l} ${redactSecrets(message, secrets)}`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
