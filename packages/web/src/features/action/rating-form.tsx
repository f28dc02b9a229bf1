import { PILLARS } from '@mend/domain/action/pillars';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { api, fieldError, formError } from '../../lib/api-client';
import { formatCalendarDate } from '../../lib/format';
import { actionKey, type Pillar, type Pillars } from './api';
import { PILLAR_WORDS } from './words';

type Score = '1' | '2' | '3' | '4' | '5';
const SCORES = (['1', '2', '3', '4', '5'] as const).map((value) => ({ value, label: value }));

interface Draft {
  score: Score | null;
  note: string;
}

class PillarError extends Error {
  constructor(
    readonly pillar: Pillar,
    override readonly cause: unknown,
  ) {
    super('rating failed');
  }
}

/** Saves each rated pillar in turn; a failure names the pillar it belongs to. */
function useSaveRatings(weekStart: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (drafts: Record<Pillar, Draft>) => {
      for (const pillar of PILLARS) {
        const { score, note } = drafts[pillar];
        if (!score) continue;
        const body = { weekStart, pillar, score: Number(score), ...(note.trim() ? { note } : {}) };
        await api('/api/ratings', { method: 'POST', body }).catch((error: unknown) => {
          throw new PillarError(pillar, error);
        });
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: actionKey }),
  });
}

function initial(data: Pillars): Record<Pillar, Draft> {
  const mine = data.ratings.filter((r) => r.mine && r.weekStart === data.thisWeek);
  const draft = (pillar: Pillar): Draft => {
    const r = mine.find((m) => m.pillar === pillar);
    return { score: r ? (String(r.score) as Score) : null, note: r?.note ?? '' };
  };
  return {
    honesty: draft('honesty'),
    responsibility: draft('responsibility'),
    empathy: draft('empathy'),
    consistency: draft('consistency'),
  };
}

/** This week's rating of the four pillars, 1 to 5 each, with an optional word on why. */
export function RatingForm({ data, partnerName }: { data: Pillars; partnerName: string }) {
  const [drafts, setDrafts] = useState(() => initial(data));
  const save = useSaveRatings(data.thisWeek);
  const failed = save.error instanceof PillarError ? save.error : null;
  const errorFor = (pillar: Pillar, field: string) =>
    failed?.pillar === pillar ? fieldError(failed.cause, field) : undefined;
  const set = (pillar: Pillar, change: Partial<Draft>) =>
    setDrafts((d) => ({ ...d, [pillar]: { ...d[pillar], ...change } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(drafts);
  };
  const general = failed
    ? formError(failed.cause, ['score', 'note'])
    : save.error
      ? formError(save.error, [])
      : undefined;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="small">
        Week of {formatCalendarDate(data.thisWeek)}. 1 means not yet at all, 5 means fully. Rate how it felt
        to you; you can change it until the week ends.
      </p>
      {PILLARS.map((pillar) => (
        <div key={pillar} className="act-scores field">
          <ChoiceGroup
            legend={PILLAR_WORDS[pillar].title}
            hint={PILLAR_WORDS[pillar].about}
            name={`score-${pillar}`}
            choices={SCORES}
            value={drafts[pillar].score}
            onChange={(score) => set(pillar, { score })}
            error={errorFor(pillar, 'score')}
            inline
          />
          <TextField
            label={`A word on ${PILLAR_WORDS[pillar].title.toLowerCase()}`}
            optional
            maxLength={300}
            value={drafts[pillar].note}
            onChange={(e) => set(pillar, { note: e.target.value })}
            error={errorFor(pillar, 'note')}
          />
        </div>
      ))}
      <Button type="submit" busy={save.isPending} disabled={PILLARS.every((p) => !drafts[p].score)}>
        Save this week’s ratings
      </Button>
      {general ? <Notice tone="error">{general}</Notice> : null}
      {save.isSuccess ? (
        <Notice tone="success">Saved. {partnerName} sees your ratings beside theirs.</Notice>
      ) : null}
    </form>
  );
}
