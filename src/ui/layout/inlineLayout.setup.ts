/*
 * Unit-test setup: a jsdom test (a window, no workers) lays documents out in place with the
 * real layout. Node tests without a window load nothing here.
 */
if (typeof window !== 'undefined' && typeof Worker === 'undefined') {
  const [{ runLayout }, { provideInlineLayout }] = await Promise.all([
    import('./layoutJob'),
    import('./inlineLayout'),
  ]);
  provideInlineLayout(runLayout);
}
export {};
