/** A merchant back end on loopback that receives webhooks and checks their signature, as the docs tell merchants to. */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  body: { event: string; id: string; date: number };
  rawBody: string;
  signature: string;
  signatureValid: boolean;
  contentType: string | undefined;
}

export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** HTTP status to answer; set to 500 to simulate a back end that is down. */
  answerStatus = 200;
  #server: Server | null = null;

  constructor(private readonly webhookSecret: string) {}

  get url(): string {
    const address = this.#server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}/webhooks`;
  }

  async start(): Promise<void> {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const signature = String(request.headers['sg-signature'] ?? '');
        const expected = `v1=${createHmac('sha256', this.webhookSecret).update(rawBody).digest('hex')}`;
        const signatureValid = signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
        this.received.push({ body: JSON.parse(rawBody), rawBody, signature, signatureValid, contentType: request.headers['content-type'] });
        response.writeHead(this.answerStatus).end();
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  events(orderOrObjectIds: string[]): string[] {
    return this.received.filter((hook) => orderOrObjectIds.includes(hook.body.id)).map((hook) => hook.body.event);
  }
}
