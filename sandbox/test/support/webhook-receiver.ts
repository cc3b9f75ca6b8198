import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface ReceivedWebhook {
  body: string;
  headers: IncomingHttpHeaders;
  json: Record<string, unknown>;
}

/** A local endpoint that records what the sandbox POSTs and answers with chosen statuses. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Statuses for the next requests, in order; 200 once exhausted. */
  readonly statuses: number[] = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        this.received.push({
          body,
          headers: request.headers,
          json: JSON.parse(body) as Record<string, unknown>,
        });
        response.statusCode = this.statuses.shift() ?? 200;
        response.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/webhooks/notion`;
    return this;
  }

  events(): ReceivedWebhook[] {
    return this.received.filter((r) => !('verification_token' in r.json));
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }
}
