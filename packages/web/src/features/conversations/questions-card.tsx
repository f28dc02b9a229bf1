import { questionWarnings } from '@mend/domain/conversations/questions';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ChoiceGroup } from '../../components/choice-group';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Notice } from '../../components/notice';
import { fieldError, formError } from '../../lib/api-client';
import { useCoach } from '../../lib/coach';
import { formatDateTime } from '../../lib/format';
import { type Question, type QuestionCategory, useQuestions, useTalkWrite } from './api';
import { ageText, CATEGORY_LABELS, STATUS_LABELS } from './words';

const CATEGORIES = (Object.keys(CATEGORY_LABELS) as QuestionCategory[]).map((value) => ({
  value,
  label: CATEGORY_LABELS[value],
}));

/** Writing a question: an optional category, the I-statement coach, and a gentle note on graphic detail. */
function AskForm({ partnerName, coached }: { partnerName: string; coached: boolean }) {
  const [text, setText] = useState('');
  const [category, setCategory] = useState<QuestionCategory | null>(null);
  const ask = useTalkWrite<{ text: string; category?: QuestionCategory }, { question: Question }>(
    'POST',
    '/api/questions',
  );
  const analysis = useCoach('statement', coached ? text : '');
  const warnings = questionWarnings(text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void ask
      .mutateAsync({ body: { text, ...(category ? { category } : {}) } })
      .then(() => {
        setText('');
        setCategory(null);
      })
      .catch(() => {});
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <CoachedTextArea
        inputClassName="talk-textarea"
        label={`A question for ${partnerName}`}
        hint="Write it whenever it comes. It waits for an answer in writing or for your next check-in."
        rows={3}
        maxLength={2000}
        value={text}
        onText={setText}
        findings={analysis?.findings ?? null}
        error={fieldError(ask.error, 'text')}
      />
      {warnings.map((w) => (
        <p key={w.kind} className="talk-gentle" role="note">
          {w.message}
        </p>
      ))}
      <ChoiceGroup
        legend="What it is about (optional)"
        name="category"
        choices={CATEGORIES}
        value={category}
        onChange={setCategory}
        error={fieldError(ask.error, 'category')}
        inline
      />
      <div className="actions">
        <Button type="submit" disabled={!text.trim()} busy={ask.isPending}>
          Add to the queue
        </Button>
      </div>
      {formError(ask.error, ['text', 'category']) ? (
        <Notice tone="error">{formError(ask.error, ['text', 'category'])}</Notice>
      ) : null}
      {/* Said once: it goes when the next question is begun, so it never sits over later news. */}
      {ask.isSuccess && !text ? <Notice tone="success">Added. {partnerName} can see it now.</Notice> : null}
    </form>
  );
}

/** What the partner who was asked can do: answer (with the reply coach), decline with a reason, or keep it for a talk. */
function Respond({ question }: { question: Question }) {
  // 'add' is answering again a question already answered. It is fixed when the form opens: the live update of
  // this very answer can land before the send is confirmed, and must not turn the form into another one meanwhile.
  const [mode, setMode] = useState<'answer' | 'add' | 'decline' | null>(null);
  const [text, setText] = useState('');
  const answer = useTalkWrite<{ text: string }>('POST', (id) => `/api/questions/${id}/answer`);
  const decline = useTalkWrite<{ reason: string }>('POST', (id) => `/api/questions/${id}/decline`);
  const keep = useTalkWrite<object>('POST', (id) => `/api/questions/${id}/follow-up`);
  const answering = mode === 'answer' || mode === 'add';
  const analysis = useCoach('reply', answering ? text : '');
  const settledOnce = question.status === 'answered';
  const sending = answer.isPending || decline.isPending;
  const open = question.status === 'open' || question.status === 'follow_up';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = () => {
      setText('');
      setMode(null);
    };
    if (answering) void answer.mutateAsync({ routeId: question.id, body: { text } }).then(done, () => {});
    if (mode === 'decline')
      void decline.mutateAsync({ routeId: question.id, body: { reason: text } }).then(done, () => {});
  };
  if (!mode)
    return (
      <div className="actions">
        <Button variant="secondary" onClick={() => setMode(settledOnce ? 'add' : 'answer')}>
          {settledOnce ? 'Add to the answer' : 'Answer in writing'}
        </Button>
        {open ? (
          <Button variant="quiet" onClick={() => setMode('decline')}>
            Decline, with a reason
          </Button>
        ) : null}
        {question.status === 'open' ? (
          <Button variant="quiet" onClick={() => void keep.mutateAsync({ routeId: question.id, body: {} })}>
            Keep it for our check-in
          </Button>
        ) : null}
      </div>
    );
  const error = answering ? answer.error : decline.error;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <CoachedTextArea
        inputClassName="talk-textarea"
        label={mode === 'add' ? 'What you want to add' : mode === 'answer' ? 'Your answer' : 'Why not now'}
        hint={
          answering
            ? 'Once sent, an answer stays as it is; you can add to it later.'
            : 'A reason helps: "I want to say this with our counsellor there" is an answer too.'
        }
        rows={4}
        value={text}
        onText={setText}
        findings={analysis?.findings ?? null}
        error={fieldError(error, answering ? 'text' : 'reason')}
      />
      <div className="actions">
        <Button type="submit" disabled={!text.trim() || sending}>
          {answering ? 'Send the answer' : 'Decline'}
        </Button>
        <Button variant="quiet" onClick={() => setMode(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function QuestionItem({ question: q }: { question: Question }) {
  const settled = q.status === 'answered' || q.status === 'declined';
  return (
    <li className="talk-question">
      <p className="small">
        {q.mine ? 'You asked' : `${q.authorName} asked`} · {formatDateTime(q.askedAt)} ·{' '}
        <span className={settled ? '' : 'talk-age'}>{ageText(q.ageDays, q.status)}</span>
        {q.category ? ` · ${CATEGORY_LABELS[q.category]}` : ''}
      </p>
      <p className="talk-text">{q.text}</p>
      <p className="small">
        <strong>{STATUS_LABELS[q.status]}</strong>
      </p>
      {q.askedBefore ? (
        <div className="talk-earlier">
          <p className="small">
            Asked before on {formatDateTime(q.askedBefore.askedAt)}: “{q.askedBefore.text}”
          </p>
          {q.askedBefore.answer ? <p>The answer then: {q.askedBefore.answer.text}</p> : null}
        </div>
      ) : null}
      {q.answer ? (
        <div className="talk-answer">
          <p>{q.answer.text}</p>
          {q.additions.map((a) => (
            <p key={a.id}>
              <span className="small">Added {formatDateTime(a.at)}: </span>
              {a.text}
            </p>
          ))}
        </div>
      ) : null}
      {q.status === 'declined' && q.declineReason ? <p>Declined for now: {q.declineReason}</p> : null}
      {q.toMe ? <Respond question={q} /> : null}
    </li>
  );
}

/** The question queue: ask (when this person asks), and every question with its state and age. */
export function QuestionsCard({
  canAsk,
  coached,
  partnerName,
}: {
  canAsk: boolean;
  coached: boolean;
  partnerName: string;
}) {
  const list = useQuestions();
  const questions = list.data?.questions ?? [];
  return (
    <Card title="Questions">
      {canAsk ? <AskForm partnerName={partnerName} coached={coached} /> : null}
      {list.isLoading ? <p>Loading…</p> : null}
      {list.data && questions.length === 0 ? (
        <p>{canAsk ? 'No questions yet.' : `When ${partnerName} asks a question, it appears here.`}</p>
      ) : null}
      {questions.length > 0 ? (
        <ol className="talk-list" aria-label="Questions, newest first">
          {questions.map((q) => (
            <QuestionItem key={q.id} question={q} />
          ))}
        </ol>
      ) : null}
    </Card>
  );
}
