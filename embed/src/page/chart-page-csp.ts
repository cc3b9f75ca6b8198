/**
 * The Content-Security-Policy the page is made for. Scripts and styles run only with the
 * response's nonce (modules the renderer imports inherit it); the page fetches only from its
 * own origin (the chart's data and its events); and only `frameAncestors` may frame it (any
 * site when empty).
 */
export function chartPageCsp(options: {
  nonce: string;
  frameAncestors: readonly string[];
}): string {
  const sources = [options.nonce, ...options.frameAncestors];
  // A stray `;` or `,` would start another directive or policy.
  if (sources.some((source) => !/^[^\s;,']+$/.test(source))) {
    throw new Error(`Not a CSP source: ${JSON.stringify(sources)}`);
  }
  const nonce = `'nonce-${options.nonce}'`;
  return [
    "default-src 'none'",
    `script-src ${nonce}`,
    `style-src ${nonce}`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${options.frameAncestors.length > 0 ? options.frameAncestors.join(' ') : '*'}`,
  ].join('; ');
}
