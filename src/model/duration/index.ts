export { parseDuration } from './parseDuration';
export { formatDuration } from './formatDuration';
export { summarizeDuration, type DurationSummary } from './summarizeDuration';
export * from './workingTime';
