import { Link } from 'react-router';
import { Card } from '../../components/card';
import { CrisisLines } from '../../components/crisis-lines';
import { Page } from '../../components/page';
import { SelfCareForm } from './self-care-form';
import { SupportList } from './support-list';
import './feelings.css';

/** Each person's own support: their people, crisis lines, and a self-care plan. */
export default function SupportPage() {
  return (
    <Page
      title="Support and self-care"
      tabTitle="Support"
      lead={
        <p>
          You shouldn't have to carry this alone, or only with your partner. Keep your people and your plan
          here.
        </p>
      }
      audience="Only you. Your partner does not see your list or your plan."
    >
      <CrisisLines />
      <Card title="My people">
        <SupportList />
      </Card>
      <Card title="My self-care plan">
        <SelfCareForm />
      </Card>
      <p className="small">
        <Link to="/feelings">Back to Feelings</Link>
      </p>
    </Page>
  );
}
