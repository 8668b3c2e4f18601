import { translate } from '../../i18n/dictionary';
import type { Language } from '../../i18n/table';
import {
  formatDuration,
  type DurationRange,
  type DurationSummary as Summary,
} from '../../model/duration';
import { addStrings } from '../../i18n/dictionary';
import { problemMessages } from '../../i18n/strings/problemMessages';

// The messages come with the parts that show them.
addStrings(problemMessages);

export interface DurationSummaryProps {
  summary: Summary;
  /** The document's steps in order, to name unreadable Waktu by their row number. */
  steps: readonly { id: string }[];
  lang: Language;
}

function rangeText(range: DurationRange, lang: Language): string {
  const from = formatDuration(range.min, lang);
  const to = formatDuration(range.max, lang);
  return from === to ? from : translate(lang, 'duration.range', { from, to });
}

/** Total working time from start to end, quickest to slowest, and which Waktu were not counted. */
export function DurationSummary({ summary, steps, lang }: DurationSummaryProps) {
  const numberOf = new Map(steps.map((s, i) => [s.id, i + 1]));
  const numbers = (ids: string[]) => ids.map((id) => numberOf.get(id) ?? '?').join(', ');
  const { shortest, longest } = summary;
  return (
    <section className="duration" aria-labelledby="duration-title" data-testid="duration-summary">
      <h2 id="duration-title">{translate(lang, 'duration.title')}</h2>
      {shortest && longest ? (
        <>
          <p className="duration-total" data-testid="duration-total">
            {rangeText({ min: shortest.min, max: longest.max }, lang)}
          </p>
          <dl className="duration-paths">
            <dt>{translate(lang, 'duration.shortest')}</dt>
            <dd data-testid="duration-shortest">{rangeText(shortest, lang)}</dd>
            <dt>{translate(lang, 'duration.longest')}</dt>
            <dd data-testid="duration-longest">{rangeText(longest, lang)}</dd>
          </dl>
        </>
      ) : (
        <p className="duration-total">{translate(lang, 'duration.noPath')}</p>
      )}
      {summary.unreadable.length > 0 && (
        <p className="duration-note" data-testid="duration-unreadable">
          {translate(lang, 'duration.unreadable', { steps: numbers(summary.unreadable) })}
        </p>
      )}
      {summary.missing.length > 0 && (
        <p className="duration-note">
          {translate(lang, 'duration.missing', { steps: numbers(summary.missing) })}
        </p>
      )}
      <p className="duration-help">{translate(lang, 'duration.help')}</p>
    </section>
  );
}
