import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Clock } from '../common/clock';
import { httpPost } from './http-json';
import { MAX_INBOUND_EVENTS } from './inbound-events';
import { signInbound } from './inbound-signature';

const TIMEOUT_MS = 10_000;

export interface SandboxEventsTarget {
  /** The service's own inbound route, e.g. `https://api.example.com/api/v1/providers/voice/events`. */
  url: string;
  secret: string;
  /** `events` (voice) or `receipts` (SMS). */
  key: 'events' | 'receipts';
}

/**
 * Makes a sandbox provider report plausible outcomes of what it accepted, as a real provider would:
 * signed POSTs to the service's own inbound route (SPEC §9), so a local trial shows outcomes, logs
 * and stats. Fire and forget: a failure is logged, never fails the batch. Reporting needs
 * PUBLIC_BASE_URL (where the route is) and the channel's secret (to sign); without them it is off,
 * and `sandboxEventsTarget` says so once, at boot.
 */
export class SandboxEvents {
  private readonly logger: Logger;
  private inFlight = new Set<Promise<void>>();

  constructor(
    private readonly target: SandboxEventsTarget,
    private readonly clock: Clock,
    loggerName: string,
  ) {
    this.logger = new Logger(loggerName);
  }

  /** The service's clock: events are dated, and signed, at its now. */
  now(): Date {
    return this.clock.now();
  }

  /** Posts `items` (chunks of at most 1,000) in the background. */
  report(items: Record<string, unknown>[]): void {
    for (let i = 0; i < items.length; i += MAX_INBOUND_EVENTS) {
      const task = this.post(items.slice(i, i + MAX_INBOUND_EVENTS)).finally(() => this.inFlight.delete(task));
      this.inFlight.add(task);
    }
  }

  /** Resolves once every report started so far has been answered (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  private async post(items: Record<string, unknown>[]): Promise<void> {
    const body = Buffer.from(JSON.stringify({ [this.target.key]: items }), 'utf8');
    const headers = { 'Content-Type': 'application/json', ...signInbound(this.target.secret, body, this.clock.now()) };
    try {
      const answer = await httpPost({ url: this.target.url, headers, body, timeoutMs: TIMEOUT_MS });
      if (answer.status !== 200) {
        this.logger.warn(
          { url: this.target.url, status: answer.status, items: items.length },
          'Sandbox events refused',
        );
      }
    } catch (err) {
      this.logger.warn({ url: this.target.url, items: items.length, err }, 'Sandbox events not delivered');
    }
  }
}

/**
 * Where a sandbox reports, or undefined (and one log line saying why) when it cannot: no
 * PUBLIC_BASE_URL, or no secret to sign with.
 */
export function sandboxEventsTarget(
  channel: string,
  publicBaseUrl: string | undefined,
  secret: string | undefined,
  secretName: string,
  path: string,
  key: SandboxEventsTarget['key'],
): SandboxEventsTarget | undefined {
  const missing = [...(publicBaseUrl ? [] : ['PUBLIC_BASE_URL']), ...(secret ? [] : [secretName])];
  if (missing.length > 0 || !publicBaseUrl || !secret) {
    new Logger('SandboxEvents').log(
      { channel, missing },
      `Sandbox ${channel} outcomes are off: set ${missing.join(' and ')} for the sandbox to report outcomes to ${path}`,
    );
    return undefined;
  }
  return { url: `${publicBaseUrl}${path}`, secret, key };
}

/** A number in [0, n) drawn from `id`: the same attempt always gets the same sandbox outcome. */
export function drawn(id: string, n: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % n;
}
