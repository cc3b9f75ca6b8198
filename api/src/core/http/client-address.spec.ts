import Fastify from 'fastify';
import { clientAddress, clientProtocol } from './client-address';

describe('clientAddress and clientProtocol: the same as Fastify’s request.ip and protocol', () => {
  const cases = [
    { remoteAddress: '203.0.113.7', headers: {} },
    { remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': '198.51.100.4' } },
    {
      remoteAddress: '10.0.0.2',
      headers: { 'x-forwarded-for': '192.0.2.1, 198.51.100.4', 'x-forwarded-proto': 'https' },
    },
    {
      remoteAddress: '10.0.0.2',
      headers: { 'x-forwarded-for': '1.1.1.1,2.2.2.2,3.3.3.3', 'x-forwarded-proto': 'http, https' },
    },
    { remoteAddress: '::1', headers: { 'x-forwarded-proto': 'https' } },
  ];

  for (const trustedHops of [0, 1, 2]) {
    it(`agrees with Fastify trusting ${trustedHops} proxies`, async () => {
      const app = Fastify({ trustProxy: trustedHops > 0 ? trustedHops : false });
      app.get('/', (request) => ({
        fastify: { ip: request.ip, protocol: request.protocol },
        ours: {
          ip: clientAddress(request.raw, trustedHops),
          protocol: clientProtocol(request.raw, trustedHops),
        },
      }));
      try {
        for (const { remoteAddress, headers } of cases) {
          const seen = (await app.inject({ url: '/', remoteAddress, headers })).json<{
            fastify: unknown;
            ours: unknown;
          }>();
          expect(seen.ours).toEqual(seen.fastify);
        }
      } finally {
        await app.close();
      }
    });
  }
});
