import { setTimeout as sleep } from 'node:timers/promises';

/** Polls `read` until `done` holds; throws (with `context()` for the logs) after `timeoutMs`. */
export async function waitUntil<T>(
  what: string,
  read: () => Promise<T> | T,
  done: (value: T) => boolean,
  timeoutMs: number,
  context: () => string = () => '',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      error = undefined;
      if (done(last)) return last;
    } catch (e) {
      error = e;
    }
    await sleep(100);
  }
  const seen = error instanceof Error ? error.message : JSON.stringify(last)?.slice(0, 500);
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${seen})\n${context()}`);
}
