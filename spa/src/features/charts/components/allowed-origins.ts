/** Origins as people type them, one per line; trailing slashes are forgiven. */
export function parseOrigins(text: string): { origins: string[]; problem?: string } {
  const lines = text
    .split(/[\n,]/)
    .map((line) => line.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const line of lines) {
    let origin: string | null = null;
    try {
      origin = new URL(line).origin;
    } catch {
      origin = null;
    }
    if (origin !== line || !/^https?:/.test(line)) {
      return {
        origins: lines,
        problem: `“${line}” is not a site origin; write it like https://example.com (no path).`,
      };
    }
  }
  return { origins: [...new Set(lines)] };
}
