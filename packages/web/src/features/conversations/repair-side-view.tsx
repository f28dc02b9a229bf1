import type { RepairSide } from './repair-api';

/** The five headings over a side, said of its author: "What you felt", or "What Hana felt". */
export function sideHeadings(partnerName: string | null) {
  if (partnerName === null)
    return {
      feelings: 'What you felt',
      reality: 'What happened, as you lived it',
      trigger: 'What set it off for you',
      owns: 'What you own in it',
      nextTime: 'What you will do next time',
    };
  return {
    feelings: `What ${partnerName} felt`,
    reality: `What happened, as ${partnerName} lived it`,
    trigger: `What set it off for ${partnerName}`,
    owns: `What ${partnerName} owns in it`,
    nextTime: `What ${partnerName} will do next time`,
  };
}

/** One partner's side of a repair, read-only; `partnerName` null for your own side. */
export function RepairSideView({
  side,
  partnerName = null,
}: {
  side: RepairSide;
  partnerName?: string | null;
}) {
  const h = sideHeadings(partnerName);
  const rows = [
    [h.feelings, side.feelings.join(', ')],
    [h.reality, side.reality],
    [h.trigger, side.trigger],
    [h.owns, side.owns],
    [h.nextTime, side.nextTime],
  ] as const;
  return (
    <dl className="talk-side">
      {rows.map(([label, text]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className="talk-text">{text}</dd>
        </div>
      ))}
    </dl>
  );
}
