import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bull';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bull';
import type { NextFunction, Request, Response } from 'express';
import { sameSecret } from '../common/auth/auth.guard';
import { errorBody, UNAUTHORIZED_MESSAGE } from '../common/exception.filter';
import type { AppConfig } from '../config/app-config';
import { ALL_QUEUE_NAMES } from '../queues/queues';

export const QUEUE_BOARD_PATH = '/admin/queues';

/** The admin token as `Bearer <token>` or as the password of HTTP Basic (a browser's own prompt). */
export function presentedAdminToken(header: string | undefined): string | undefined {
  const value = header?.trim() ?? '';
  const bearer = /^Bearer (\S+)$/.exec(value);
  if (bearer) return bearer[1];
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(value);
  if (!basic) return undefined;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 ? decoded.slice(colon + 1) : undefined;
}

function adminOnly(token: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const presented = presentedAdminToken(req.headers.authorization);
    if (presented && sameSecret(presented, token)) return next();
    res.setHeader('WWW-Authenticate', 'Basic realm="Outreach queues", charset="UTF-8"');
    res.status(401).json(errorBody(401, UNAUTHORIZED_MESSAGE));
  };
}

/**
 * Bull Board at /admin/queues for the `calls` and `sms` queues, behind ADMIN_API_TOKEN. Without
 * the token it is not mounted at all, so the path answers 404 like any unknown route.
 */
export function mountQueueBoard(app: INestApplication, config: AppConfig): void {
  const token = config.adminApiToken;
  if (!token) return;
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    // Read-only by default: a job removed or retried here does not change the attempts (the
    // system of record), and recovery would put it back; cancel an initiation through the API.
    queues: ALL_QUEUE_NAMES.map(
      (name) => new BullAdapter(app.get<Queue>(getQueueToken(name)), { readOnlyMode: config.queueBoardReadOnly }),
    ),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Outreach queues' } },
  });
  app.use(QUEUE_BOARD_PATH, adminOnly(token), serverAdapter.getRouter());
}
