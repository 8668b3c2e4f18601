import type { SopDocument } from '../types';
import type { Finding } from './finding';

/** Each row says what is done (error if not) and, per Mutu Baku, how long and what comes out (warnings). */
export function checkSteps(doc: SopDocument): Finding[] {
  const findings: Finding[] = [];
  doc.steps.forEach((step, index) => {
    const target = { kind: 'step', id: step.id } as const;
    const params = { step: index + 1 };
    if (step.activity.trim() === '') {
      findings.push({ code: 'step.no-activity', severity: 'error', target, params });
    }
    if (step.time.trim() === '') {
      findings.push({ code: 'step.no-time', severity: 'warning', target, params });
    }
    if (step.output.trim() === '') {
      findings.push({ code: 'step.no-output', severity: 'warning', target, params });
    }
  });
  return findings;
}
