/**
 * embed.js: turns `<script src=".../embed.js" data-chart="KEY">` and every
 * `<div data-notionchartkit="KEY">` on the page into a lazy iframe of `/e/KEY`, with a
 * reserved height (no layout shift) that follows the height the chart page posts.
 */
const RESERVED_HEIGHT = 400;
const MARK = 'data-nck-mounted';

const script = document.currentScript as HTMLScriptElement | null;
const chartOrigin = new URL(script?.src ?? location.href).origin;

function mount(host: Element, key: string): void {
  if (host.hasAttribute(MARK)) return;
  host.setAttribute(MARK, '');
  const frame = document.createElement('iframe');
  frame.src = `${chartOrigin}/e/${encodeURIComponent(key)}`;
  frame.setAttribute('loading', 'lazy');
  frame.title = host.getAttribute('data-title') ?? 'Chart';
  frame.setAttribute('style', `width:100%;height:${RESERVED_HEIGHT}px;border:0;display:block`);
  host.appendChild(frame);
}

function mountAll(): void {
  document.querySelectorAll('[data-notionchartkit]').forEach((host) => {
    const key = host.getAttribute('data-notionchartkit');
    if (key) mount(host, key);
  });
  const key = script?.getAttribute('data-chart');
  if (script && key && !script.hasAttribute(MARK)) {
    const host = document.createElement('div');
    script.parentNode?.insertBefore(host, script);
    script.setAttribute(MARK, '');
    mount(host, key);
  }
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (
    event.origin !== chartOrigin ||
    data?.type !== 'nck:height' ||
    typeof data.height !== 'number'
  )
    return;
  document.querySelectorAll('iframe').forEach((frame) => {
    if (frame.contentWindow === event.source)
      frame.style.height = `${Math.ceil(data.height as number)}px`;
  });
});

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();

// A module, so the bundler scopes its names instead of leaking globals.
export {};
