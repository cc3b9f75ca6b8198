import { rmSync } from 'node:fs';
import { builtEmbed } from './built-embed';

export default function globalTeardown(): void {
  rmSync(builtEmbed.dir(), { recursive: true, force: true });
}
