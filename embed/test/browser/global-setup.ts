import { buildEmbed, builtEmbed } from './built-embed';

/** Jest global setup: one build of the embed for every browser test file of the run. */
export default function globalSetup(): void {
  process.env[builtEmbed.envName] = buildEmbed();
}
