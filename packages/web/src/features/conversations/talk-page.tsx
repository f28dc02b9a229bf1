import { mayAsk } from '@mend/domain/conversations/questions';
import { Link } from 'react-router';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import './conversations.css';
import { useMe } from '../../lib/me';
import { useConversationsLive } from './api';
import { CheckInsCard } from './check-ins-card';
import { DebriefCard } from './debrief-card';
import { NeedsCard } from './needs-card';
import { QuestionsCard } from './questions-card';
import { TalkToolsCard } from './talk-tools-card';

/** Talk: the question queue, the check-in schedule, and "say what you need". */
export default function TalkPage() {
  useConversationsLive();
  const me = useMe();
  if (!me.data) return <Loading />;
  const space = me.data.space;
  const partner = space?.partner ?? null;
  const lead = (
    <p>
      Questions can wait here for a calmer moment; regular check-ins give the hard talks a time and an end.
    </p>
  );
  if (!space || !partner)
    return (
      <Page title="Talk" lead={lead}>
        <Notice>Talk is for the two of you. Once your partner has joined your space, it opens here.</Notice>
        {space?.role === 'repairing' ? (
          <p>
            On your own for now, you can still <Link to="/talk/reflect">reflect on remorse and regret</Link>.
          </p>
        ) : null}
      </Page>
    );
  const canAsk = mayAsk(space.role, partner.role);
  return (
    <Page title="Talk" lead={lead} audience="You and your partner.">
      <QuestionsCard canAsk={canAsk} coached={space.role === 'hurt'} partnerName={partner.displayName} />
      <TalkToolsCard repairing={space.role === 'repairing'} />
      <CheckInsCard />
      <DebriefCard role={space.role} partnerName={partner.displayName} partnerRole={partner.role} />
      <NeedsCard partnerName={partner.displayName} />
    </Page>
  );
}
