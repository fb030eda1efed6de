/** Structured JSON logs (pino) at the configured level. */
import pino, { Logger } from 'pino';
import type { AppConfig } from './config';

export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'haizhi-network' } });
}
