import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Checkbox } from '../../components/checkbox';
import { type Choice, ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { fieldError, formError } from '../../lib/api-client';
import type { FeelsSafe, Safety } from '../../lib/api-types';
import { type SafetyAnswer, useSaveSafety } from './api';

const answers: readonly Choice<FeelsSafe>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: "I'm not sure" },
];

interface SafetyFormProps {
  initial: Safety;
  submitLabel: string;
  onSaved: (answer: SafetyAnswer) => void;
}

export function SafetyForm({ initial, submitLabel, onSaved }: SafetyFormProps) {
  const save = useSaveSafety();
  const [feelsSafe, setFeelsSafe] = useState<FeelsSafe | null>(initial.feelsSafe);
  const [fearsThreats, setFearsThreats] = useState(initial.fearsThreats);
  const [fearsControl, setFearsControl] = useState(initial.fearsControl);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!feelsSafe) {
      setMissing(true);
      return;
    }
    const answer = { feelsSafe, fearsThreats, fearsControl };
    save.mutate(answer, { onSuccess: () => onSaved(answer) });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {formError(save.error, ['feelsSafe']) ? (
        <Notice tone="error">{formError(save.error, ['feelsSafe'])}</Notice>
      ) : null}
      <ChoiceGroup
        legend="Do you feel safe with your partner?"
        name="feelsSafe"
        choices={answers}
        value={feelsSafe}
        onChange={(value) => {
          setFeelsSafe(value);
          setMissing(false);
        }}
        error={
          missing
            ? 'Please choose an answer. "I\'m not sure" is a fine answer.'
            : fieldError(save.error, 'feelsSafe')
        }
      />
      <fieldset className="choices">
        <legend className="field-label">
          Anything else you want Mend to know? <span className="field-optional">(optional)</span>
        </legend>
        <div className="choices-list">
          <Checkbox
            label="I'm afraid of threats or harm"
            checked={fearsThreats}
            onChange={(event) => setFearsThreats(event.target.checked)}
          />
          <Checkbox
            label="I feel watched or controlled"
            checked={fearsControl}
            onChange={(event) => setFearsControl(event.target.checked)}
          />
        </div>
      </fieldset>
      <Button type="submit" busy={save.isPending}>
        {save.isPending ? 'Saving…' : submitLabel}
      </Button>
    </form>
  );
}
