import type { SopDocument } from '../types';
import type { Finding } from './finding';

/**
 * Each row says what is done (error if not) and, per Mutu Baku, how long and what comes out
 * (warnings). The closing row (only terminators, reached, none with an exit) ends the procedure: it
 * takes no time and makes nothing, so its empty Waktu and Output are not warned about.
 */
export function checkSteps(doc: SopDocument): Finding[] {
  const findings: Finding[] = [];
  const withExit = new Set(doc.flows.map((f) => f.from));
  const reached = new Set(doc.flows.map((f) => f.to));
  doc.steps.forEach((step, index) => {
    const target = { kind: 'step', id: step.id } as const;
    const params = { step: index + 1 };
    if (step.activity.trim() === '') {
      findings.push({ code: 'step.no-activity', severity: 'error', target, params });
    }
    const closing =
      step.symbols.length > 0 &&
      step.symbols.some((s) => reached.has(s.id)) &&
      step.symbols.every((s) => s.shape === 'terminator' && !withExit.has(s.id));
    if (closing) return;
    if (step.time.trim() === '') {
      findings.push({ code: 'step.no-time', severity: 'warning', target, params });
    }
    if (step.output.trim() === '') {
      findings.push({ code: 'step.no-output', severity: 'warning', target, params });
    }
  });
  return findings;
}
