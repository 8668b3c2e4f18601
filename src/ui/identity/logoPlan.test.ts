import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodedDataUrlBytes,
  fitWithin,
  isAcceptableLogo,
  LOGO_MAX_SIDE,
  logoAttempts,
} from './logoPlan';

const base64Of = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64');

describe('logo plan', () => {
  it('counts the decoded bytes of a base64 data URL, padding included', () => {
    fc.assert(
      fc.property(fc.nat(3000), (n) => {
        expect(decodedDataUrlBytes(`data:image/png;base64,${base64Of(n)}`)).toBe(n);
      }),
    );
    expect(decodedDataUrlBytes('https://example.org/logo.png')).toBe(0);
  });

  it('accepts only PNG/JPEG data URLs up to 256 KiB decoded', () => {
    expect(isAcceptableLogo(`data:image/png;base64,${base64Of(256 * 1024)}`)).toBe(true);
    expect(isAcceptableLogo(`data:image/jpeg;base64,${base64Of(256 * 1024 + 1)}`)).toBe(false);
    expect(isAcceptableLogo(`data:image/svg+xml;base64,${base64Of(10)}`)).toBe(false);
  });

  it('fits within the longest side, keeping the aspect and never enlarging', () => {
    expect(fitWithin(2000, 1000, 512)).toEqual({ width: 512, height: 256 });
    expect(fitWithin(100, 50, 512)).toEqual({ width: 100, height: 50 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10000 }),
        fc.integer({ min: 1, max: 10000 }),
        (w, h) => {
          const fit = fitWithin(w, h, LOGO_MAX_SIDE);
          expect(Math.max(fit.width, fit.height)).toBeLessThanOrEqual(LOGO_MAX_SIDE);
          expect(fit.width).toBeLessThanOrEqual(w);
          // Rounding moves the aspect by at most one pixel on either side.
          expect(Math.abs(fit.width / fit.height - w / h)).toBeLessThanOrEqual(
            (w / h) * (1 / fit.height) + 1 / fit.height + 1e-9,
          );
        },
      ),
    );
  });

  it('tries PNG first, then JPEG with falling quality and size, without repeats', () => {
    const attempts = logoAttempts(2000, 2000);
    expect(attempts[0]).toEqual({ width: 512, height: 512, type: 'image/png', quality: 1 });
    const firstJpeg = attempts.findIndex((a) => a.type === 'image/jpeg');
    expect(attempts.slice(0, firstJpeg).every((a) => a.type === 'image/png')).toBe(true);
    const jpegs = attempts.slice(firstJpeg);
    expect(jpegs.every((a) => a.type === 'image/jpeg')).toBe(true);
    for (let i = 1; i < jpegs.length; i++) {
      const [prev, cur] = [jpegs[i - 1]!, jpegs[i]!];
      expect(cur.width).toBeLessThanOrEqual(prev.width);
      if (cur.width === prev.width) expect(cur.quality).toBeLessThan(prev.quality);
    }
    const small = logoAttempts(40, 20);
    expect(new Set(small.map((a) => JSON.stringify(a))).size).toBe(small.length);
    expect(small.every((a) => a.width === 40 && a.height === 20)).toBe(true);
  });
});
