// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarizeDuration } from '../../model/duration';
import { checkSop, type Finding } from '../../model/rules';
import { testSop } from '../../model/rules/testSop';
import { DurationSummary } from './DurationSummary';
import { ProblemsCount } from './ProblemsCount';
import { ProblemsPanel } from './ProblemsPanel';

afterEach(cleanup);

/** A decision with one unlabelled exit, and an empty Output in step 3. */
function brokenSop() {
  const doc = testSop([['t'], ['d'], ['p'], ['t']], ['n1>n2', 'n2>n3', 'n3>n4']);
  doc.steps[2] = { ...doc.steps[2]!, output: '' };
  return doc;
}

describe('ProblemsPanel', () => {
  it('lists each finding with its severity and message, in Indonesian', () => {
    const findings = checkSop(brokenSop());
    render(<ProblemsPanel findings={findings} lang="id" onSelect={() => {}} />);
    const items = screen.getAllByTestId('problem');
    expect(items.map((i) => i.dataset.code)).toEqual([
      'decision.too-few-exits',
      'decision.unlabelled-exit',
      'step.no-output',
    ]);
    expect(items[0]).toHaveTextContent('Langkah 2: keputusan hanya punya 1 jalan keluar');
    expect(within(items[0]!).getByRole('img', { name: 'Kesalahan' })).toBeInTheDocument();
    expect(within(items[2]!).getByRole('img', { name: 'Peringatan' })).toBeInTheDocument();
    expect(screen.getByText('2 kesalahan, 1 peringatan')).toBeInTheDocument();
  });

  it('speaks English when asked', () => {
    render(<ProblemsPanel findings={checkSop(brokenSop())} lang="en" onSelect={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Problems' })).toBeInTheDocument();
    expect(screen.getAllByTestId('problem')[2]).toHaveTextContent('Step 3: Output is empty.');
  });

  it('hands the culprit to onSelect when a finding is clicked, and marks the selected one', () => {
    const onSelect = vi.fn();
    const findings = checkSop(brokenSop());
    render(
      <ProblemsPanel
        findings={findings}
        lang="id"
        onSelect={onSelect}
        selected={{ kind: 'flow', id: 'f2' }}
      />,
    );
    const [, unlabelled] = screen.getAllByTestId('problem');
    fireEvent.click(unlabelled!);
    expect(onSelect).toHaveBeenCalledWith({ kind: 'flow', id: 'f2' });
    expect(unlabelled).toHaveAttribute('aria-current', 'true');
    expect(screen.getAllByTestId('problem')[0]).not.toHaveAttribute('aria-current');
  });

  it('says so when there is nothing to fix', () => {
    render(<ProblemsPanel findings={[]} lang="id" onSelect={() => {}} />);
    expect(screen.getByText('Tidak ada masalah.')).toBeInTheDocument();
    expect(screen.queryByTestId('problem')).toBeNull();
  });

  it('shows user text as text, never as markup', () => {
    const finding: Finding = {
      code: 'actor.unused',
      severity: 'warning',
      target: { kind: 'actor', id: 'a9' },
      params: { actor: '<img src=x onerror=alert(1)>' },
    };
    const { container } = render(
      <ProblemsPanel findings={[finding]} lang="id" onSelect={() => {}} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('problem')).toHaveTextContent(
      'Pelaksana "<img src=x onerror=alert(1)>"',
    );
  });
});

describe('ProblemsCount', () => {
  it('shows the number of findings and toggles the panel', () => {
    const onToggle = vi.fn();
    render(
      <ProblemsCount findings={checkSop(brokenSop())} lang="id" open={false} onToggle={onToggle} />,
    );
    expect(screen.getByTestId('problems-count')).toHaveTextContent(/^3$/);
    fireEvent.click(screen.getByTestId('problems-toggle'));
    expect(onToggle).toHaveBeenCalledOnce();
    expect(screen.getByTestId('problems-toggle')).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows zero, without a severity icon, on a clean SOP', () => {
    render(<ProblemsCount findings={[]} lang="en" />);
    expect(screen.getByTestId('problems-count')).toHaveTextContent(/^0$/);
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('DurationSummary', () => {
  it('shows the total from the quickest to the slowest way and the unreadable steps', () => {
    const doc = testSop(
      [['t'], ['d'], ['p'], ['p'], ['t']],
      ['n1>n2', 'n2>n3:Ya', 'n2>n5:Tidak', 'n3>n4', 'n4>n5'],
    );
    const times = ['10 menit', '10 menit', '1 - 2 hari', 'sesuai kebutuhan', '1 jam'];
    doc.steps = doc.steps.map((s, i) => ({ ...s, time: times[i]! }));
    render(<DurationSummary summary={summarizeDuration(doc)} steps={doc.steps} lang="id" />);
    expect(screen.getByTestId('duration-total')).toHaveTextContent(
      '1 jam 20 menit – 2 hari 1 jam 20 menit',
    );
    expect(screen.getByTestId('duration-shortest')).toHaveTextContent(/^1 jam 20 menit$/);
    expect(screen.getByTestId('duration-longest')).toHaveTextContent(
      '1 hari 1 jam 20 menit – 2 hari 1 jam 20 menit',
    );
    expect(screen.getByTestId('duration-unreadable')).toHaveTextContent('langkah 4');
    expect(screen.getByText(/1 hari = 7,5 jam/)).toBeInTheDocument();
  });

  it('explains when no total can be worked out', () => {
    const doc = testSop([['t'], ['p']], ['n1>n2']);
    render(<DurationSummary summary={summarizeDuration(doc)} steps={doc.steps} lang="en" />);
    expect(screen.getByText(/no way from the start to an end/)).toBeInTheDocument();
    expect(screen.queryByTestId('duration-total')).toBeNull();
  });
});
