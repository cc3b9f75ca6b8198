import { subscribeToUpdates } from './live-updates';

class FakeEventSource extends EventTarget {
  static opened: FakeEventSource[] = [];
  closed = false;

  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }

  close(): void {
    this.closed = true;
  }

  emit(type: 'open' | 'update' | 'error'): void {
    this.dispatchEvent(new Event(type));
  }
}

let hidden = false;

beforeAll(() => {
  globalThis.EventSource = FakeEventSource as unknown as typeof EventSource;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
});

beforeEach(() => {
  jest.useFakeTimers();
  jest.spyOn(Math, 'random').mockReturnValue(0.5);
  hidden = false;
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

/** Each test listens to its own chart, so subscriptions left by others stay out of the way. */
function subscribe(key: string): { onUpdate: jest.Mock; sources: () => FakeEventSource[] } {
  const onUpdate = jest.fn();
  subscribeToUpdates(key, onUpdate);
  const url = `/api/public/charts/${encodeURIComponent(key)}/events`;
  return { onUpdate, sources: () => FakeEventSource.opened.filter((one) => one.url === url) };
}

function setHidden(value: boolean): void {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('subscribeToUpdates', () => {
  it('calls back on every update of the chart', () => {
    const { onUpdate, sources } = subscribe('key one');
    const [source] = sources();
    source.emit('open');
    expect(onUpdate).not.toHaveBeenCalled();
    source.emit('update');
    source.emit('update');
    expect(onUpdate).toHaveBeenCalledTimes(2);
  });

  it('reconnects after a failure, waiting longer each time, and catches up', () => {
    const { onUpdate, sources } = subscribe('flaky');
    for (const wait of [2_000, 4_000, 8_000]) {
      const failing = sources()[sources().length - 1];
      failing.emit('error');
      expect(failing.closed).toBe(true);
      jest.advanceTimersByTime(wait - 1);
      expect(sources().at(-1)).toBe(failing);
      jest.advanceTimersByTime(1);
      expect(sources().at(-1)).not.toBe(failing);
    }
    expect(onUpdate).not.toHaveBeenCalled();
    sources().at(-1)?.emit('open');
    expect(onUpdate).toHaveBeenCalledTimes(1);

    // Connected again: the next failure waits the first delay again.
    sources().at(-1)?.emit('error');
    jest.advanceTimersByTime(2_000);
    expect(sources()).toHaveLength(5);
  });

  it('never waits more than five minutes', () => {
    const { sources } = subscribe('down');
    for (let attempt = 0; attempt < 12; attempt++) {
      sources().at(-1)?.emit('error');
      jest.advanceTimersByTime(5 * 60_000);
    }
    expect(sources()).toHaveLength(13);
  });

  it('lets go while the page is hidden and catches up when it shows again', () => {
    const { onUpdate, sources } = subscribe('hidden');
    sources()[0].emit('open');
    setHidden(true);
    expect(sources()[0].closed).toBe(true);

    setHidden(false);
    expect(sources()).toHaveLength(2);
    sources()[1].emit('open');
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('waits for a page opened hidden to show', () => {
    hidden = true;
    const { onUpdate, sources } = subscribe('background tab');
    expect(sources()).toHaveLength(0);
    setHidden(false);
    sources()[0].emit('open');
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });
});
