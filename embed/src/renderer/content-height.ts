/**
 * Tells the embedding page (the embed.js loader) how tall the page's content is, at once and on
 * every change, so the frame fits it. A chart fills whatever frame it gets and reports that
 * frame's height; figures and messages report their own.
 */
export function reportContentHeight(content: HTMLElement): void {
  if (parent === window) return;
  let reported = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    // The message holds nothing but the height, so any embedding origin may read it.
    parent.postMessage({ type: 'nck:height', height }, '*');
  }).observe(content);
}
