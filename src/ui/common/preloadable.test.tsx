// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadable } from './preloadable';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p data-testid="greeting">Halo, {name}</p>;
}

const shown = (element: React.ReactNode) =>
  render(<Suspense fallback={<p data-testid="fallback">…</p>}>{element}</Suspense>);

describe('preloadable', () => {
  it('renders in the same turn once preloaded: no fallback at all', async () => {
    let loads = 0;
    const greeting = preloadable(async () => {
      loads++;
      return Greeting;
    });
    await greeting.preload();
    shown(<greeting.View name="Sari" />);
    expect(screen.getByTestId('greeting')).toHaveTextContent('Halo, Sari');
    expect(screen.queryByTestId('fallback')).toBeNull();
    await greeting.preload();
    expect(loads).toBe(1);
  });

  it('not preloaded, it suspends until its chunk is in', async () => {
    const greeting = preloadable(async () => Greeting);
    shown(<greeting.View name="Budi" />);
    expect(screen.getByTestId('fallback')).toBeInTheDocument();
    expect(await screen.findByTestId('greeting')).toHaveTextContent('Halo, Budi');
  });

  it('a load that failed is tried again on the next preload', async () => {
    let tries = 0;
    const greeting = preloadable(async () => {
      if (++tries === 1) throw new Error('offline');
      return Greeting;
    });
    await expect(greeting.preload()).rejects.toThrow('offline');
    await greeting.preload();
    shown(<greeting.View name="Ani" />);
    expect(screen.getByTestId('greeting')).toHaveTextContent('Halo, Ani');
    expect(tries).toBe(2);
  });
});
