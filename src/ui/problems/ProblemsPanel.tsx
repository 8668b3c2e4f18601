import { translate } from '../../i18n/dictionary';
import type { Language } from '../../i18n/table';
import { findingMessage, type Finding, type FindingTarget } from '../../model/rules';
import { SeverityIcon } from './SeverityIcon';
import { addStrings } from '../../i18n/dictionary';
import { problemMessages } from '../../i18n/strings/problemMessages';

// The messages come with the parts that show them.
addStrings(problemMessages);

export interface ProblemsPanelProps {
  findings: Finding[];
  lang: Language;
  onSelect(target: FindingTarget): void;
  /** The current selection, so the finding about it can be marked. */
  selected?: { kind: string; id: string } | null;
}

const sameTarget = (a: FindingTarget, b: ProblemsPanelProps['selected']) =>
  !!b && a.kind === b.kind && a.id === b.id;

/** The rule checker's findings, in sheet order; clicking one selects its culprit. */
export function ProblemsPanel({ findings, lang, onSelect, selected }: ProblemsPanelProps) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section className="problems" aria-labelledby="problems-title" data-testid="problems-panel">
      <header className="problems-head">
        <h2 id="problems-title">{translate(lang, 'problems.title')}</h2>
        <span className="problems-tally">
          {translate(lang, 'problems.countLabel', {
            errors,
            warnings: findings.length - errors,
          })}
        </span>
      </header>
      {findings.length === 0 ? (
        <p className="problems-none">{translate(lang, 'problems.none')}</p>
      ) : (
        <ul className="problems-list">
          {findings.map((finding, index) => (
            // Two findings may share code and target (never in practice); the index keeps keys unique.
            <li key={`${finding.code}|${finding.target.kind}|${finding.target.id}|${index}`}>
              <button
                type="button"
                className={`problem problem-${finding.severity}`}
                data-testid="problem"
                data-code={finding.code}
                data-severity={finding.severity}
                data-target-kind={finding.target.kind}
                data-target-id={finding.target.id}
                aria-current={sameTarget(finding.target, selected) ? 'true' : undefined}
                onClick={() => onSelect(finding.target)}
              >
                <SeverityIcon severity={finding.severity} lang={lang} />
                <span className="problem-message">{findingMessage(finding, lang)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
