import type { RichTextValue } from './notion-values.types';

/** Title, rich text, url, email, phone: plain text, never `""` (empty is `null`). */
export function textCell(value: string | null | undefined): string | null {
  return value ? value : null;
}

export function richTextCell(items: RichTextValue): string | null {
  return textCell(items.map((item) => item.plain_text).join(''));
}
