import type { Response } from 'express';
import type { InitiateOutcome } from './initiate.service';

/** Sets the status the outcome calls for and returns its body. */
export function respond(res: Response, outcome: InitiateOutcome): unknown {
  switch (outcome.kind) {
    case 'report':
      res.status(outcome.report.status);
      return outcome.report.body;
    case 'accepted':
      res.status(202);
      return outcome.body;
    case 'dryRun':
      res.status(200);
      return outcome.body;
  }
}

export const wantsAsync = (prefer: string | undefined): boolean =>
  /(^|[\s,;])respond-async($|[\s,;])/i.test(prefer ?? '');
