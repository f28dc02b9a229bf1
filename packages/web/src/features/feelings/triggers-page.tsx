import { Link } from 'react-router';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { formatDateTime } from '../../lib/format';
import { useDeleteTrigger, useTriggerPatterns, useTriggers } from './api';
import { TriggerForm } from './trigger-form';
import { TriggerPatterns } from './trigger-patterns';
import { TRIGGER_KIND_WORDS } from './words';
import './feelings.css';

/** The trigger log: what set it off, how strong, what helped; and when they tend to come. */
export default function TriggersPage() {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const triggers = useTriggers();
  const patterns = useTriggerPatterns(timeZone);
  const remove = useDeleteTrigger();
  return (
    <Page
      title="Trigger log"
      tabTitle="Log"
      lead={
        <p>
          Triggers are a normal part of healing. Writing them down can show when they come and what helps, so
          the next one is a little less of a surprise.
        </p>
      }
      audience="Only you. Your trigger log is never shared, not even by choice."
    >
      <Card title="Log a trigger">
        <TriggerForm />
      </Card>
      <Card title="Patterns, last 90 days">
        {patterns.data ? <TriggerPatterns patterns={patterns.data} /> : <Loading />}
      </Card>
      <Card title="Recent">
        {triggers.data?.length ? (
          <ul className="log">
            {triggers.data.slice(0, 20).map((t) => (
              <li key={t.id} className="log-entry">
                <span>
                  <strong>{TRIGGER_KIND_WORDS[t.kind]}</strong>, {t.intensity}/10
                  {t.note ? ` · ${t.note}` : ''}
                  {t.helped ? ` · helped: ${t.helped}` : ''}
                </span>
                <span className="log-side">
                  <time dateTime={t.occurredAt}>{formatDateTime(t.occurredAt)}</time>
                  <button type="button" className="button button-quiet" onClick={() => remove.mutate(t.id)}>
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        ) : triggers.isPending ? (
          <Loading />
        ) : (
          <p>Nothing logged yet.</p>
        )}
      </Card>
      <p className="small">
        <Link to="/feelings">Back to Feelings</Link>
      </p>
    </Page>
  );
}
