import { type ClientRequest, get, type IncomingMessage } from 'node:http';
import { eventually } from '../support/eventually';

export interface SseEvent {
  event: string;
  data: string;
}

/** A minimal EventSource for tests: records events and comments as they arrive. */
export class SseClient {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  status = 0;
  headers: IncomingMessage['headers'] = {};
  ended = false;
  private buffer = '';
  private request: ClientRequest | null = null;

  static open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const client = new SseClient();
    return new Promise((resolve, reject) => {
      client.request = get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
        client.status = res.statusCode ?? 0;
        client.headers = res.headers;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => client.receive(chunk));
        res.on('end', () => {
          client.ended = true;
        });
        res.on('error', () => {
          client.ended = true;
        });
        resolve(client);
      });
      client.request.on('error', reject);
    });
  }

  close(): void {
    this.request?.destroy();
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      let isEvent = false;
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
        else if (line.startsWith('event:')) {
          event = line.slice(6).trim();
          isEvent = true;
        } else if (line.startsWith('data:')) {
          data.push(line.slice(5).trim());
          isEvent = true;
        }
      }
      if (isEvent) this.events.push({ event, data: data.join('\n') });
    }
  }
}

/**
 * Opens streams with `open` until one is answered 200: a stream closed by the client frees its
 * place on the server a moment later. Every stream opened is added to `opened`, to be closed.
 */
export function openOnceFreed(
  open: () => Promise<SseClient>,
  opened: SseClient[],
): Promise<SseClient> {
  return eventually(
    async () => {
      const stream = await open();
      opened.push(stream);
      return stream;
    },
    (stream) => stream.status === 200,
  );
}
