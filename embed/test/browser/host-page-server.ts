import { createServer } from 'node:http';
import { close, listen } from './listen';

export interface HostPageServer {
  /** Another origin than the chart's, as a site embedding charts would be. */
  origin: string;
  close(): Promise<void>;
}

/** A site that embeds charts: serves `html` at `/`. */
export async function startHostPage(html: string): Promise<HostPageServer> {
  const server = createServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  return { origin: await listen(server), close: () => close(server) };
}
