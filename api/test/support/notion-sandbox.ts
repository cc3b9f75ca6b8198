import { type Sandbox, startSandbox, type SandboxOptions } from '@notionchartkit/notion-sandbox';
import { DEMO_OAUTH_CLIENT } from '../../src/core/config/load-config';

/** The Notion sandbox as demo mode runs it: the demo OAuth client, the demo seed. */
export function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({
    oauth: { clientId: DEMO_OAUTH_CLIENT.id, clientSecret: DEMO_OAUTH_CLIENT.secret },
    ...options,
  });
}
