import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useConversationsLive } from './api';
import './conversations.css';
import { useRepairs, useRepairWrites } from './repair-api';
import { REPAIR_STAGE_LABELS } from './words';

function StartRepair() {
  const [about, setAbout] = useState('');
  const { start } = useRepairWrites();
  const navigate = useNavigate();
  const begin = () =>
    void start
      .mutateAsync({ body: about.trim() ? { about } : {} })
      .then((r) => navigate(`/talk/repair/${r.repair.id}`))
      .catch(() => {});
  return (
    <Card title="Begin a repair">
      <p>When you are both calm enough. If one of you is still flooded, wait; this will keep.</p>
      <div className="form">
        <TextField
          label="A short name for the moment"
          optional
          hint="For example “Tuesday evening”. Both of you will see it."
          maxLength={200}
          value={about}
          onChange={(e) => setAbout(e.target.value)}
          error={fieldError(start.error, 'about')}
        />
        <Button busy={start.isPending} onClick={begin}>
          Begin
        </Button>
        {start.error ? <Notice tone="error">{formError(start.error, ['about'])}</Notice> : null}
      </div>
    </Card>
  );
}

/** Repairs after a bad moment: begin one, and find the ones you have done together. */
export default function RepairsPage() {
  useConversationsLive();
  const me = useMe();
  const list = useRepairs();
  if (!me.data || list.isPending) return <Loading />;
  const partner = me.data.space?.partner;
  const repairs = list.data?.repairs ?? [];
  return (
    <Page
      title="Repair a bad moment"
      tabTitle="Talk"
      lead={<p>After a fight or a moment you regret: five short steps, each of you writing your own side.</p>}
      audience={partner ? `You and ${partner.displayName}.` : undefined}
    >
      {!partner ? (
        <Notice>A repair is for the two of you. It opens once your partner has joined.</Notice>
      ) : (
        <StartRepair />
      )}
      {repairs.length > 0 ? (
        <Card title="Your repairs">
          <ul className="talk-list">
            {repairs.map((r) => (
              <li key={r.id} className="talk-question">
                <Link to={`/talk/repair/${r.id}`}>{r.about ?? `Begun ${formatDateTime(r.startedAt)}`}</Link>
                <p className="small">{REPAIR_STAGE_LABELS[r.stage]}</p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </Page>
  );
}
