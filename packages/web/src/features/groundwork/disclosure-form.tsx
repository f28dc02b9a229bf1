import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { TextArea } from '../../components/text-area';
import { formError } from '../../lib/api-client';
import { type DisclosureTopic, useGroundworkWrite } from './api';
import { composeDisclosure } from './disclosure-text';
import { LATE_DISCLOSURE, TOPIC_PROMPTS } from './words';

type Parts = Partial<Record<DisclosureTopic, string>>;

/** The guided disclosure: one prompt per topic; every answer is optional, together they are the whole truth. */
export function DisclosureForm({ late }: { late: boolean }) {
  const [parts, setParts] = useState<Parts>({});
  const [empty, setEmpty] = useState(false);
  const send = useGroundworkWrite('POST', '/api/disclosures');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = composeDisclosure(parts);
    if (!body.text) return setEmpty(true);
    send.mutate(body, { onSuccess: () => setParts({}) });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      {late ? (
        <Notice>
          The disclosure was marked complete, so this will be marked “{LATE_DISCLOSURE}”, and the count of
          days starts again. Telling it now is still the honest thing to do.
        </Notice>
      ) : null}
      {TOPIC_PROMPTS.map((p) => (
        <TextArea
          key={p.topic}
          label={p.label}
          hint={p.hint}
          optional
          rows={3}
          maxLength={2000}
          value={parts[p.topic] ?? ''}
          onChange={(e) => {
            setParts({ ...parts, [p.topic]: e.target.value });
            setEmpty(false);
          }}
        />
      ))}
      {empty ? <Notice tone="error">Write at least one part first.</Notice> : null}
      {formError(send.error, []) ? <Notice tone="error">{formError(send.error, [])}</Notice> : null}
      <Button type="submit" busy={send.isPending}>
        {send.isPending ? 'Sharing…' : late ? 'Share this' : 'Share this part'}
      </Button>
      {send.isSuccess ? <Notice tone="success">Shared with your partner.</Notice> : null}
    </form>
  );
}
