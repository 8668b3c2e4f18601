import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PNG_LIMITS, planPng } from './pngSize';

describe('planPng', () => {
  it('widens a small drawing to slide width, proportions kept', () => {
    const plan = planPng(1600, 900);
    expect(plan.width).toBe(1920);
    expect(plan.height).toBe(1080);
  });
  it('keeps a drawing wider than a slide at its own size', () => {
    expect(planPng(2400, 1000)).toEqual({ width: 2400, height: 1000, scale: 1 });
  });
  it('shrinks a very long drawing to the canvas limits', () => {
    const plan = planPng(1684, 60_000);
    expect(plan.height).toBeLessThanOrEqual(PNG_LIMITS.maxSide);
    expect(plan.width / plan.height).toBeCloseTo(1684 / 60_000, 3);
  });
  it('never passes a limit and never distorts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 200_000 }),
        fc.integer({ min: 10, max: 200_000 }),
        (w, h) => {
          const plan = planPng(w, h);
          expect(plan.width).toBeLessThanOrEqual(PNG_LIMITS.maxSide + 1);
          expect(plan.height).toBeLessThanOrEqual(PNG_LIMITS.maxSide + 1);
          expect(plan.width * plan.height).toBeLessThanOrEqual(
            PNG_LIMITS.maxArea * 1.001 + plan.width + plan.height,
          );
          expect(Math.abs(plan.width - w * plan.scale)).toBeLessThanOrEqual(0.5);
          expect(Math.abs(plan.height - h * plan.scale)).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });
});
