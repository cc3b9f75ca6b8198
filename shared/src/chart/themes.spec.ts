import { chartTheme, NOTION_COLOR_NAMES, notionColor, resolveTheme, withAlpha } from './themes';

describe('themes', () => {
  it('has a light and a dark color for every Notion option color', () => {
    for (const name of NOTION_COLOR_NAMES) {
      expect(notionColor(name, 'light')).toMatch(/^#[0-9a-f]{6}$/);
      expect(notionColor(name, 'dark')).toMatch(/^#[0-9a-f]{6}$/);
      expect(notionColor(name, 'light')).not.toBe(notionColor(name, 'dark'));
    }
    expect(notionColor('green', 'light')).toBe('#448361');
    expect(notionColor('chartreuse', 'light')).toBeUndefined();
  });

  it("looks like Notion's pages", () => {
    expect(chartTheme('light')).toMatchObject({ background: '#ffffff', text: '#37352f' });
    expect(chartTheme('dark')).toMatchObject({ background: '#191919' });
    expect(chartTheme('light').palette[0]).toBe(notionColor('blue', 'light'));
    expect(new Set(chartTheme('dark').palette).size).toBe(chartTheme('dark').palette.length);
  });

  it('resolves auto from the reader preference', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme(undefined, false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('adds alpha to hex colors only', () => {
    expect(withAlpha('#337ea9', 0.2)).toBe('rgba(51, 126, 169, 0.2)');
    expect(withAlpha('#fff', 0.5)).toBe('rgba(255, 255, 255, 0.5)');
    expect(withAlpha('rgb(1, 2, 3)', 0.5)).toBe('rgb(1, 2, 3)');
  });
});
