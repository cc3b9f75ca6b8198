import { DEMO_INTERNAL_TOKEN, type Sandbox } from '@notionchartkit/notion-sandbox';
import { connect } from 'node:net';
import { type BuiltProcess, READY, startBuiltProcess } from '../support/built-process';
import { freePort } from '../support/free-port';
import { startTestSandbox } from '../support/notion-sandbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestUser, type TestUser } from '../support/test-users';
import { eventually } from '../support/eventually';

const IN_FLIGHT = 5;
const SEARCH = 'POST /v1/search';

/** Whether a new TCP connection to the port is refused. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** R4 for the API: the built API as a real child process, stopped with SIGTERM under load. */
describe('R4: the API under SIGTERM', () => {
  let sandbox: Sandbox;
  let t: TestApp;
  let user: TestUser;
  let api: BuiltProcess;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    t = await startTestApp({ vars: { NOTION_API_BASE_URL: sandbox.url } });
    user = await createTestUser(t, 'Ines');
  }, 60_000);
  afterAll(async () => {
    api?.child.kill('SIGKILL');
    await t.close();
    await sandbox.close();
  });

  it('R4: drains in-flight requests, refuses new ones, and exits', async () => {
    const connection = await t.request({
      method: 'POST',
      url: '/api/connections',
      headers: user.headers,
      payload: { token: DEMO_INTERNAL_TOKEN },
    });
    const port = await freePort();
    api = startBuiltProcess('main', {
      ...t.env.vars,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    await api.waitForOutput(READY.main);

    // Each listing asks Notion's search, which answers after 3 s: requests held in flight.
    sandbox.control.setFaults([{ endpoint: SEARCH, slowMs: 3000, slowRate: 1, times: IN_FLIGHT }]);
    const sources = `http://127.0.0.1:${port}/api/connections/${connection.json<{ id: string }>().id}/sources`;
    let settled = 0;
    const inFlight = Array.from({ length: IN_FLIGHT }, () =>
      fetch(sources, { headers: user.headers }).finally(() => settled++),
    );
    // The rule is spent once every request has reached Notion, so all are in flight.
    await eventually(
      () => Promise.resolve(sandbox.control.faults.length),
      (rules) => rules === 0,
      { timeoutMs: 10_000, everyMs: 20 },
    );

    api.child.kill('SIGTERM');
    await eventually(() => refused(port), Boolean, { timeoutMs: 5_000, everyMs: 20 });
    expect(settled).toBe(0);

    const answers = await Promise.all(inFlight);
    expect(answers.map((answer) => answer.status)).toEqual(Array(IN_FLIGHT).fill(200));
    for (const answer of answers) {
      expect(await answer.json()).toMatchObject({ items: expect.any(Array) });
    }
    const { code, signal } = await api.exited(10_000);
    expect(code === 0 || signal === 'SIGTERM').toBe(true);
    expect(await refused(port)).toBe(true);
  }, 90_000);
});
