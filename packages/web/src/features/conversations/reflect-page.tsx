import type { Reflection } from '@mend/contracts';
import { REFLECTION_PROMPTS, type ReflectionPrompt } from '@mend/domain/conversations/reflection';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { TextArea } from '../../components/text-area';
import { api, fieldError } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/me';
import { conversationsKey, useTalkWrite } from './api';
import './conversations.css';

const useReflections = () =>
  useQuery({
    queryKey: [...conversationsKey, 'reflections'],
    queryFn: () => api<{ reflections: Reflection[] }>('/api/reflections'),
  });

function PromptCard({ prompt, earlier }: { prompt: ReflectionPrompt; earlier: Reflection[] }) {
  const [text, setText] = useState('');
  const write = useTalkWrite<{ promptId: string; text: string }>('POST', '/api/reflections');
  const keep = () =>
    void write
      .mutateAsync({ body: { promptId: prompt.id, text } })
      .then(() => setText(''))
      .catch(() => {});
  return (
    <Card>
      <div className="form">
        <TextArea
          inputClassName="talk-textarea"
          label={prompt.text}
          rows={4}
          maxLength={10000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fieldError(write.error, 'text')}
        />
        <Button variant="secondary" disabled={!text.trim()} busy={write.isPending} onClick={keep}>
          Keep it, just for me
        </Button>
      </div>
      {earlier.length > 0 ? (
        <details>
          <summary>What you wrote before ({earlier.length})</summary>
          <ul className="talk-list">
            {earlier.map((r) => (
              <li key={r.id} className="talk-question">
                <p className="small">{formatDateTime(r.at)}</p>
                <p className="talk-text">{r.text}</p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}

/** Private prompts on remorse and regret, for the partner who broke trust. */
export default function ReflectPage() {
  const me = useMe();
  const list = useReflections();
  if (!me.data || list.isPending) return <Loading />;
  const lead = (
    <p>
      Regret is sorrow for what this cost you. Remorse is sorrow for what it did to your partner. Both are
      human; the second is what helps them heal. These questions help you find it. Write as honestly as you
      can.
    </p>
  );
  const reflections = list.data?.reflections ?? [];
  return (
    <Page
      title="Remorse and regret"
      tabTitle="Talk"
      lead={lead}
      audience="Only you. Never your partner, never a therapist."
    >
      {me.data.space?.role !== 'repairing' ? (
        <Notice>These questions are for the partner who broke trust.</Notice>
      ) : (
        REFLECTION_PROMPTS.map((p) => (
          <PromptCard key={p.id} prompt={p} earlier={reflections.filter((r) => r.promptId === p.id)} />
        ))
      )}
    </Page>
  );
}
