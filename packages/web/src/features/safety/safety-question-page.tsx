import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/button';
import { CrisisLines } from '../../components/crisis-lines';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';
import { safeNextPath } from '../../lib/next-path';
import type { SafetyAnswer } from './api';
import { SafetyForm } from './safety-form';
import { SafetyResources } from './safety-resources';

type Mode = 'onboarding' | 'settings';

const PRIVATE_NOTE =
  'Only you. Your partner never sees this answer. Mend uses it only to decide what to offer you.';

export default function SafetyQuestionPage({ mode }: { mode: Mode }) {
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [saved, setSaved] = useState<SafetyAnswer | null>(null);

  if (!me.data) return <Loading />;
  const current = saved ?? (me.data.safety.answered ? me.data.safety : null);
  const needsCare = current !== null && current.feelsSafe !== 'yes';

  const onSaved = (answer: SafetyAnswer) => {
    setSaved(answer);
    if (mode === 'onboarding' && answer.feelsSafe === 'yes')
      navigate(next ? safeNextPath(next) : '/start/space');
  };

  return (
    <Page
      title={mode === 'onboarding' ? 'A private question first' : 'Your safety answer'}
      tabTitle={mode === 'onboarding' ? 'Getting started' : 'Settings'}
      lead={
        <p>
          Repair only works when both people are safe. Your answer helps Mend offer what fits you. You can
          change it at any time in Settings.
        </p>
      }
      audience={PRIVATE_NOTE}
    >
      {needsCare ? (
        <>
          <SafetyResources>
            <CareActions mode={mode} next={next} />
          </SafetyResources>
          <CrisisLines />
        </>
      ) : null}
      {saved && mode === 'settings' ? <Notice tone="success">Saved. Only you can see this.</Notice> : null}
      {mode === 'onboarding' && saved && needsCare ? null : (
        <SafetyForm
          initial={me.data.safety}
          submitLabel={mode === 'onboarding' ? 'Continue' : 'Save my answer'}
          onSaved={onSaved}
        />
      )}
      {mode === 'settings' ? (
        <p className="small">
          <Link to="/settings">Back to Settings</Link>
        </p>
      ) : null}
    </Page>
  );
}

/** After an answer other than "yes": solo mode is offered first, a shared space second. */
function CareActions({ mode, next }: { mode: Mode; next: string | null }) {
  if (mode === 'settings') return null;
  return (
    <div className="actions">
      <ButtonLink to="/today">Use Mend on my own</ButtonLink>
      {next ? (
        <ButtonLink to={safeNextPath(next)} variant="secondary">
          Continue to the invitation
        </ButtonLink>
      ) : (
        <ButtonLink to="/start/space" variant="secondary">
          Set up a shared space
        </ButtonLink>
      )}
    </div>
  );
}
