import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AppConfig } from '../core/config/app-config';
import { RateLimit } from '../core/rate-limit/rate-limit.decorator';
import type { RateLimiterService } from '../core/rate-limit/rate-limiter.service';
import type { User } from '../users/user.entity';
import { RateLimitGuard } from './rate-limit.guard';

class ExampleController {
  @RateLimit({ by: 'ip', points: 30, windowSeconds: 10 })
  limited(): void {}

  plain(): void {}
}

function contextFor(handler: () => void, request: object): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => ExampleController,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('RateLimitGuard', () => {
  const consume = jest.fn<Promise<void>, Parameters<RateLimiterService['consume']>>();
  const config = { rateLimits: { perUserPerMinute: 600, perIpPerMinute: 300 } } as AppConfig;
  const guard = new RateLimitGuard(
    new Reflector(),
    { consume } as unknown as RateLimiterService,
    config,
  );
  const signedIn = { principal: { via: 'session', user: { id: 'u1' } as User, sessionId: 's' } };
  const request = (url: string, extra: object = {}) => ({
    method: 'GET',
    url,
    ip: '203.0.113.9',
    routeOptions: { url },
    ...extra,
  });

  beforeEach(() => consume.mockReset().mockResolvedValue(undefined));

  it('spends from the user budget on routes with a user, the IP budget otherwise', async () => {
    const { plain } = ExampleController.prototype;
    await guard.canActivate(contextFor(plain, request('/api/connections', signedIn)));
    await guard.canActivate(contextFor(plain, request('/api/auth/notion')));
    expect(consume.mock.calls).toEqual([
      ['user', 'user:u1', { by: 'user', points: 600, windowSeconds: 60 }],
      ['ip', 'ip:203.0.113.9', { by: 'ip', points: 300, windowSeconds: 60 }],
    ]);
  });

  it('gives a @RateLimit route its own budget, counted apart', async () => {
    await guard.canActivate(
      contextFor(ExampleController.prototype.limited, request('/api/public/charts/:publicKey')),
    );
    expect(consume).toHaveBeenCalledWith('GET /api/public/charts/:publicKey', 'ip:203.0.113.9', {
      by: 'ip',
      points: 30,
      windowSeconds: 10,
    });
  });

  it('leaves routes outside /api alone unless they ask for a limit', async () => {
    await guard.canActivate(contextFor(ExampleController.prototype.plain, request('/e/:key')));
    expect(consume).not.toHaveBeenCalled();
    await guard.canActivate(contextFor(ExampleController.prototype.limited, request('/e/:key')));
    expect(consume).toHaveBeenCalledTimes(1);
  });
});
