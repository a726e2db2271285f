import type { LogKey } from '../persistence/log.reads';

/** A position in the logs, and the number of the page that starts after it. */
export interface LogCursor extends LogKey {
  page: number;
}

/**
 * Opaque to clients: base64url of `<initiated_at in ms>.<row id>.<page>`, the last entry of a page
 * and the number of the next, so a walk by cursor numbers its pages as a walk by `page` does.
 */
export function encodeCursor(cursor: LogCursor): string {
  return Buffer.from(`${cursor.at.getTime()}.${cursor.id}.${cursor.page}`, 'utf8').toString('base64url');
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeCursor(text: string): LogCursor | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(text)) return null;
  const m = /^(\d{1,15})\.([1-9]\d{0,19})\.([1-9]\d{0,9})$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  return m ? { at: new Date(Number(m[1])), id: m[2], page: Number(m[3]) } : null;
}
