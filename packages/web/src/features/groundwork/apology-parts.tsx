import type { ApologyAnalysis } from '@mend/domain/coach/index';

const PARTS: [keyof ApologyAnalysis['parts'], string][] = [
  ['namesAct', 'Names what you did'],
  ['ownsIt', 'Owns it, without "but" or "if"'],
  ['acknowledgesImpact', 'Acknowledges what it did to your partner'],
  ['commitsToChange', 'Commits to something specific you will do'],
];

/** The four parts of a full apology, as the coach reads them in the draft. Advice only. */
export function ApologyParts({ analysis }: { analysis: ApologyAnalysis | null }) {
  if (!analysis)
    return (
      <p className="small">
        As you write, a coach on this device points out words that may hurt. Nothing you type is sent to check
        it.
      </p>
    );
  return (
    <>
      <ul className="gw-parts" aria-label="The four parts of a full apology">
        {PARTS.map(([part, label]) => (
          <li key={part} className={analysis.parts[part] ? 'gw-part-done' : 'gw-part-missing'}>
            <span aria-hidden="true">{analysis.parts[part] ? '✓' : '○'}</span> {label}
            <span className="visually-hidden">{analysis.parts[part] ? ' (there)' : ' (not yet)'}</span>
          </li>
        ))}
      </ul>
      {analysis.findings.length === 0 ? <p className="small">The coach has nothing to point out.</p> : null}
    </>
  );
}
