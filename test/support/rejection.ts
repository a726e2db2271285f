import type { OutreachApiError } from '@outreach-api/client';

/** The error a promise rejects with (a test fails when it resolves). */
export async function rejection<E = OutreachApiError>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the call to throw');
}
