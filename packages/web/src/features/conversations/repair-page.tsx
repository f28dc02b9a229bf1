import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { fieldError, formError } from '../../lib/api-client';
import { useCoach } from '../../lib/coach';
import { useMe } from '../../lib/me';
import { useConversationsLive } from './api';
import './conversations.css';
import { type Repair, useRepair, useRepairWrites } from './repair-api';
import { RepairSideForm } from './repair-side-form';
import { RepairSideView } from './repair-side-view';
import { REPAIR_STAGE_LABELS } from './words';

interface Props {
  repair: Repair;
  partnerName: string;
  coach: 'statement' | 'reply';
}

function SummaryForm({ repair, partnerName, coach }: Props) {
  const [text, setText] = useState('');
  const { summary } = useRepairWrites();
  const analysis = useCoach(coach, text);
  return (
    <div className="form">
      <CoachedTextArea
        inputClassName="talk-textarea"
        label={`In your words: what ${partnerName} lived, and the part that makes sense to you`}
        hint="Not whether you agree. What you heard, and what you can understand."
        rows={4}
        maxLength={5000}
        value={text}
        onText={setText}
        findings={analysis?.findings ?? null}
        error={fieldError(summary.error, 'text')}
      />
      <Button
        disabled={!text.trim()}
        busy={summary.isPending}
        onClick={() => void summary.mutateAsync({ routeId: repair.id, body: { text } }).catch(() => {})}
      >
        Share my summary
      </Button>
      {summary.error ? <Notice tone="error">{formError(summary.error, ['text'])}</Notice> : null}
    </div>
  );
}

function PartnerCard({ repair, partnerName, coach }: Props) {
  const side = repair.partnerSide;
  return (
    <Card title={`${partnerName}’s side`} tone="calm">
      {!side ? (
        <p>{partnerName} has not written their side yet. It shows here as soon as they share it.</p>
      ) : (
        <>
          <RepairSideView side={side} partnerName={partnerName} />
          {side.summaryOfOther ? (
            <p className="talk-answer">
              <strong>What {partnerName} heard in your side:</strong> {side.summaryOfOther}
            </p>
          ) : null}
          {repair.mySide?.summaryOfOther ? (
            <p className="talk-answer">
              <strong>Your summary of it:</strong> {repair.mySide.summaryOfOther}
            </p>
          ) : repair.mySide ? (
            <SummaryForm repair={repair} partnerName={partnerName} coach={coach} />
          ) : (
            <p className="small">Once your side is shared, you sum up {partnerName}’s here.</p>
          )}
        </>
      )}
    </Card>
  );
}

/** One repair: your side (written in five steps), your partner's side, and the summaries. */
export default function RepairPage() {
  useConversationsLive();
  const { id = '' } = useParams();
  const me = useMe();
  const data = useRepair(id);
  if (!me.data || data.isPending) return <Loading />;
  const partnerName = me.data.space?.partner?.displayName ?? 'Your partner';
  const repair = data.data?.repair;
  const coach = me.data.space?.role === 'hurt' ? 'statement' : 'reply';
  const lead = <p>Each of you writes your own side. Then each sums up the other’s, to show it was heard.</p>;
  if (!repair)
    return (
      <Page title="Repair" lead={lead}>
        <Notice>We could not find this repair.</Notice>
        <Link to="/talk/repair">All repairs</Link>
      </Page>
    );
  return (
    <Page title={repair.about ?? 'Repair'} tabTitle="Talk" lead={lead} audience={`You and ${partnerName}.`}>
      <p className="small">{REPAIR_STAGE_LABELS[repair.stage]}</p>
      <Card title="Your side">
        {repair.mySide ? (
          <RepairSideView side={repair.mySide} />
        ) : (
          <RepairSideForm repairId={repair.id} coach={coach} />
        )}
      </Card>
      <PartnerCard repair={repair} partnerName={partnerName} coach={coach} />
      <Link to="/talk/repair">All repairs</Link>
    </Page>
  );
}
