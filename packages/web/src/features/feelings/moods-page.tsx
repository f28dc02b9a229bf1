import { Link } from 'react-router';
import { Card } from '../../components/card';
import { Checkbox } from '../../components/checkbox';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/me';
import { useFeelingsSettings, useMoods, useSaveFeelingsSettings, useShareMood } from './api';
import { MoodChart } from './mood-chart';
import { MoodForm } from './mood-form';
import './feelings.css';

/** The daily mood: a number, a few words, and the trend over weeks. */
export default function MoodsPage() {
  const me = useMe();
  const partner = me.data?.space?.partner ?? null;
  const mine = useMoods('me');
  const theirs = useMoods('partner', Boolean(partner));
  const settings = useFeelingsSettings();
  const saveSettings = useSaveFeelingsSettings();
  const share = useShareMood();
  const always = settings.data?.shareMoodsAlways ?? false;
  return (
    <Page
      title="Mood"
      tabTitle="Mood"
      lead={<p>A number from 1 to 10 and a few words. Over weeks, it shows the shape of things.</p>}
      audience={
        always && partner
          ? `You and ${partner.displayName}: you chose to share every mood you log.`
          : 'Only you, unless you share an entry.'
      }
    >
      <Card title="How are you, right now?">
        {settings.isPending ? (
          <Loading />
        ) : (
          <MoodForm shareByDefault={always} partnerName={partner?.displayName ?? null} />
        )}
      </Card>
      <Card title="Your last 30 days">
        {mine.data ? <MoodChart moods={mine.data} title="Your mood over the last 30 days" /> : <Loading />}
        {mine.data?.length ? (
          <ul className="log">
            {[...mine.data]
              .reverse()
              .slice(0, 7)
              .map((m) => (
                <li key={m.id} className="log-entry">
                  <span>
                    <strong>{m.score}/10</strong> {m.emotions.join(', ')}
                  </span>
                  <span className="log-side">
                    <time dateTime={m.at}>{formatDateTime(m.at)}</time>
                    {partner ? (
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() =>
                          share.mutate({
                            id: m.id,
                            visibility: m.visibility === 'partner' ? 'private' : 'partner',
                          })
                        }
                      >
                        {m.visibility === 'partner' ? 'Shared · make private' : 'Private · share'}
                      </button>
                    ) : null}
                  </span>
                </li>
              ))}
          </ul>
        ) : null}
      </Card>
      {partner ? (
        <Card title={`What ${partner.displayName} shared`}>
          {theirs.data?.length ? (
            <MoodChart moods={theirs.data} title={`${partner.displayName}’s shared moods`} />
          ) : (
            <p>Nothing shared yet. Moods are private unless {partner.displayName} chooses to share them.</p>
          )}
        </Card>
      ) : null}
      {partner ? (
        <Card title="Sharing">
          <Checkbox
            label={`Share every new mood with ${partner.displayName}`}
            checked={always}
            disabled={saveSettings.isPending}
            onChange={(e) => saveSettings.mutate({ shareMoodsAlways: e.target.checked })}
          />
          <p className="small">You can still keep any single entry private, and change past ones above.</p>
        </Card>
      ) : null}
      <p className="small">
        <Link to="/feelings">Back to Feelings</Link>
      </p>
    </Page>
  );
}
