import type http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { HttpFake } from './http-fake';

/** One request the receiver got, with what verifying it came to. */
export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  body: { type: string; timestamp: string; data: Record<string, unknown> };
  raw: string;
  /** The secrets (of `secrets`) whose signature verified, with the `standardwebhooks` package. */
  verifiedWith: string[];
  answered: number;
}

/**
 * An organization's own system receiving webhooks (SPEC §10) on 127.0.0.1: every request is
 * verified with the `standardwebhooks` package against each secret it was told, each webhook-id
 * counted once, and answered with the status set now (`answer(503)`: down; 410: gone).
 */
export class WebhookReceiver extends HttpFake {
  readonly received: ReceivedWebhook[] = [];
  secrets: string[] = [];
  private status = 200;

  answer(status: number): this {
    this.status = status;
    return this;
  }

  /** Distinct webhook-ids whose delivery was accepted (2xx), each once. */
  acceptedIds(): string[] {
    return [...new Set(this.received.filter((r) => r.answered < 300).map((r) => r.id))];
  }

  ofType(type: string): ReceivedWebhook[] {
    return this.received.filter((r) => r.body.type === type);
  }

  protected handle(req: http.IncomingMessage, raw: Buffer, res: http.ServerResponse): Promise<void> {
    const headers = {
      'webhook-id': String(req.headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
    };
    const text = raw.toString('utf8');
    const verifiedWith = this.secrets.filter((secret) => {
      try {
        new Webhook(secret).verify(text, headers);
        return true;
      } catch {
        return false;
      }
    });
    this.received.push({
      id: headers['webhook-id'],
      timestamp: headers['webhook-timestamp'],
      signature: headers['webhook-signature'],
      body: JSON.parse(text) as ReceivedWebhook['body'],
      raw: text,
      verifiedWith,
      answered: this.status,
    });
    this.send(res, this.status, { ok: this.status < 300 });
    return Promise.resolve();
  }
}
