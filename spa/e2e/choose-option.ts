import type { Locator } from 'playwright-core';

/** Picks the option whose text starts with `name` (property options also name their type). */
export async function choose(select: Locator, name: string): Promise<void> {
  const options = await select.locator('option').evaluateAll((nodes) =>
    nodes.map((node) => ({
      value: (node as HTMLOptionElement).value,
      text: node.textContent ?? '',
    })),
  );
  const option = options.find((candidate) => candidate.text.startsWith(name));
  if (!option)
    throw new Error(`No option "${name}" in ${JSON.stringify(options.map((o) => o.text))}`);
  await select.selectOption(option.value);
}
