/** The question bank's figures as a table: per corpus and part, the SQuAD 2.0 measure, and per type. */
import type { PartFigures } from './runBank.ts';

/** A figure as tables show it: one decimal, `n/a` when there is nothing to count. */
export const showFigure = (v: number | null | undefined): string => (v === null || v === undefined ? 'n/a' : v.toFixed(1));

export const BANK_TITLE = 'Question bank (train: tuned and fitted on; test: held back, never tuned on)';

export function bankTable(parts: readonly PartFigures[], withMisses: boolean, title: string = BANK_TITLE): string {
  // The corpus column fits the longest name (`off-topic-other-event`), at least as wide as it always was.
  const width = Math.max(14, ...parts.map((p) => p.corpus.length + 2));
  const head = `${'corpus'.padEnd(width)}${'part'.padEnd(7)}${'n'.padStart(5)}${'p@1'.padStart(8)}${'p@3'.padStart(8)}${'answer'.padStart(8)}${'abstain'.padStart(9)}${'f_abst'.padStart(8)}${'best'.padStart(7)}`;
  const lines = [title, '', head];
  for (const p of parts) {
    lines.push(
      `${p.corpus.padEnd(width)}${p.split.padEnd(7)}${String(p.questions).padStart(5)}${showFigure(p.passage_at_1).padStart(8)}${showFigure(p.passage_at_3).padStart(8)}${showFigure(p.answer).padStart(8)}${showFigure(p.abstain).padStart(9)}${showFigure(p.false_abstain).padStart(8)}${showFigure(p.best_candidate).padStart(7)}`,
    );
  }
  const squad = parts.filter((p) => p.squad);
  if (squad.length) {
    lines.push(
      '',
      'SQuAD 2.0 (official measure)',
      `${'corpus'.padEnd(width)}${'part'.padEnd(7)}${'n'.padStart(5)}${'F1'.padStart(7)}${'EM'.padStart(7)}${'HasAns F1'.padStart(11)}${'NoAns'.padStart(7)}${'offered'.padStart(9)}`,
    );
    for (const p of squad) {
      const s = p.squad!;
      lines.push(
        `${p.corpus.padEnd(width)}${p.split.padEnd(7)}${String(s.total).padStart(5)}${showFigure(s.f1).padStart(7)}${showFigure(s.exact).padStart(7)}${showFigure(s.has_ans_f1).padStart(11)}${showFigure(s.no_ans).padStart(7)}${showFigure(s.has_ans_offered).padStart(9)}`,
      );
    }
  }
  lines.push('', 'By type (passage_at_1 / answer)');
  for (const p of parts.filter((x) => Object.keys(x.by_intent).length)) {
    const types = Object.entries(p.by_intent)
      .map(([k, v]) => `${k} ${showFigure(v.passage_at_1)}/${showFigure(v.answer)}`)
      .join('  ');
    lines.push(`${p.corpus.padEnd(width)}${p.split.padEnd(7)}${types}`);
  }
  if (withMisses) {
    for (const p of parts.filter((x) => x.corpus !== 'all' && x.misses.length))
      lines.push('', `misses, ${p.corpus} ${p.split}:`, ...p.misses.map((m) => `  ${m}`));
  }
  return `${lines.join('\n')}\n`;
}
