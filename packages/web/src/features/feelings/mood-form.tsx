import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { useSaveMood, type Visibility } from './api';
import { EMOTION_WORDS } from './words';

/** The mood form: a score, emotion words (picked or typed), and who sees it. */
export function MoodForm({
  shareByDefault,
  partnerName,
}: {
  shareByDefault: boolean;
  partnerName: string | null;
}) {
  const save = useSaveMood();
  const [score, setScore] = useState(5);
  const [picked, setPicked] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const [visibility, setVisibility] = useState<Visibility>(
    shareByDefault && partnerName ? 'partner' : 'private',
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = other
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean);
    save.mutate(
      { score, emotions: [...new Set([...picked, ...typed])].slice(0, 12), visibility },
      {
        onSuccess: () => {
          setPicked([]);
          setOther('');
        },
      },
    );
  };
  const toggle = (word: string) =>
    setPicked((p) => (p.includes(word) ? p.filter((w) => w !== word) : [...p, word]));
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field-label" htmlFor="mood-score">
          Mood, from 1 (very low) to 10 (very good): <output htmlFor="mood-score">{score}</output>
        </label>
        <input
          id="mood-score"
          className="mood-range"
          type="range"
          min={1}
          max={10}
          value={score}
          onChange={(e) => setScore(Number(e.target.value))}
        />
      </div>
      <fieldset className="need-chips">
        <legend className="field-label">Words that fit (optional)</legend>
        {EMOTION_WORDS.map((word) => (
          <button
            key={word}
            type="button"
            className="chip"
            aria-pressed={picked.includes(word)}
            onClick={() => toggle(word)}
          >
            {word}
          </button>
        ))}
      </fieldset>
      <TextField
        label="Other words"
        hint="Separate them with commas."
        optional
        value={other}
        maxLength={200}
        onChange={(e) => setOther(e.target.value)}
        error={fieldError(save.error, 'emotions.0')}
      />
      {partnerName ? (
        <ChoiceGroup
          legend="Who can see it?"
          name="mood-visibility"
          inline
          choices={[
            { value: 'private', label: 'Only me' },
            { value: 'partner', label: `Me and ${partnerName}` },
          ]}
          value={visibility}
          onChange={setVisibility}
        />
      ) : null}
      <Button type="submit" busy={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save mood'}
      </Button>
      {formError(save.error, ['emotions.0']) ? (
        <Notice tone="error">{formError(save.error, ['emotions.0'])}</Notice>
      ) : null}
      {save.isSuccess ? (
        <Notice tone="success">
          Saved.{' '}
          {save.data.mood.visibility === 'partner' ? `${partnerName} can see it.` : 'Only you can see it.'}
        </Notice>
      ) : null}
    </form>
  );
}
