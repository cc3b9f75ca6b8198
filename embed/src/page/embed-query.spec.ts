import { parseEmbedQuery } from './embed-query';

describe('parseEmbedQuery', () => {
  it('reads the theme and the background the URL asks for', () => {
    expect(parseEmbedQuery({ theme: 'dark', bg: 'transparent' })).toEqual({
      theme: 'dark',
      background: 'transparent',
    });
    expect(parseEmbedQuery({ theme: 'auto', bg: 'solid' })).toEqual({
      theme: 'auto',
      background: 'solid',
    });
  });

  it('ignores anything else, so the chart’s own choice stands', () => {
    expect(parseEmbedQuery({})).toEqual({});
    expect(parseEmbedQuery({ theme: 'Dark', bg: ['transparent'], other: 'x' })).toEqual({});
  });
});
