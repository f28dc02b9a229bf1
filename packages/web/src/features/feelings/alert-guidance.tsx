import type { AlertNeed } from './api';
import { NEED_WORDS, RESPONSE_AVOID, RESPONSE_GUIDANCE } from './words';

/** What the partner reads when an alert arrives: what was asked for, and how to meet it. */
export function AlertGuidance({ needs, partnerName }: { needs: readonly AlertNeed[]; partnerName: string }) {
  return (
    <div className="alert-guidance">
      {needs.length > 0 ? (
        <>
          <p>
            {partnerName} asked for {needs.map((n) => NEED_WORDS[n].theirs).join(' and ')}.
          </p>
          <ul className="list">
            {needs.map((n) => (
              <li key={n}>{NEED_WORDS[n].hint}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{partnerName} didn’t say what they need. Ask gently, once, then follow their lead.</p>
      )}
      <h3 className="alert-guidance-title">How to respond</h3>
      <ol className="list">
        {RESPONSE_GUIDANCE.map((g) => (
          <li key={g.title}>
            <strong>{g.title}.</strong> {g.text}
          </li>
        ))}
      </ol>
      <p className="small">{RESPONSE_AVOID}</p>
    </div>
  );
}
