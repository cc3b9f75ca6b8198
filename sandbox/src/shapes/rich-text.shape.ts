import type { RichTextItemResponse } from '@notionhq/client';
import type { Annotations, TextRun } from '../model/property.types';

const PLAIN: Annotations = {
  bold: false,
  italic: false,
  strikethrough: false,
  underline: false,
  code: false,
  color: 'default',
};

export function richText(runs: readonly TextRun[]): RichTextItemResponse[] {
  return runs.map((run) => ({
    type: 'text',
    text: { content: run.content, link: run.link ? { url: run.link } : null },
    annotations: { ...PLAIN, ...run.annotations },
    plain_text: run.content,
    href: run.link,
  }));
}

export function plainRichText(text: string): RichTextItemResponse[] {
  return text ? richText([{ content: text, link: null }]) : [];
}
