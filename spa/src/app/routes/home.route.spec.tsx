import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../router';

describe('home route', () => {
  it('greets with the product name at /', () => {
    render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('NotionChartKit');
  });
});
