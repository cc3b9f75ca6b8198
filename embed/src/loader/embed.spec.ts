describe('embed.js loader', () => {
  beforeEach(() => {
    jest.resetModules();
    document.body.innerHTML = `
      <div data-notionchartkit="key-one"></div>
      <p>text between charts</p>
      <div data-notionchartkit="key two"></div>`;
  });

  function frames(): HTMLIFrameElement[] {
    return Array.from(document.querySelectorAll('iframe'));
  }

  function postHeight(source: Window | null, height: number, origin = 'http://localhost'): void {
    window.dispatchEvent(
      new MessageEvent('message', { data: { type: 'nck:height', height }, origin, source }),
    );
  }

  it('puts one lazy iframe with a reserved height in each placeholder', async () => {
    await import('./embed');
    const [first, second] = frames();
    expect(frames()).toHaveLength(2);
    expect(first?.src).toBe('http://localhost/e/key-one');
    expect(second?.src).toBe('http://localhost/e/key%20two');
    expect(first?.getAttribute('loading')).toBe('lazy');
    expect(first?.style.height).toBe('400px');
  });

  it('resizes the frame that posted its height, and only from the chart origin', async () => {
    await import('./embed');
    const [first, second] = frames();
    postHeight(first?.contentWindow ?? null, 512.4);
    expect(first?.style.height).toBe('513px');
    expect(second?.style.height).toBe('400px');

    postHeight(second?.contentWindow ?? null, 900, 'https://evil.example');
    expect(second?.style.height).toBe('400px');
  });

  it('mounts each placeholder once even when loaded twice', async () => {
    await import('./embed');
    jest.resetModules();
    await import('./embed');
    expect(frames()).toHaveLength(2);
  });
});
