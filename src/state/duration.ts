/** Durations moved to src/util/duration.ts (pure, and the CLI's option parsing reads them); kept for the modules that import them here. */
export { MAX_TIMER_MS, formatDuration, parseDuration } from '../util/duration.js';
