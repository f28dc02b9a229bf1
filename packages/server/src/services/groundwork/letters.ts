import type {
  ApologyResponse,
  CreateApology,
  CreateLetter,
  Letter,
  LetterKind,
  RespondToApology,
} from '@mend/contracts';
import { analyzeApology } from '@mend/domain/coach/index';
import { conflict, forbidden, invalid, notFound } from '../../errors';
import type { LetterRow } from '../../repositories/groundwork/index';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, logViews, requireSpace, type SpaceActor, spacePeople } from './shared';

type People = Awaited<ReturnType<typeof spacePeople>>;
type ResponseRow = Awaited<ReturnType<ServiceDeps['repos']['apologyResponses']['listReadable']>>[number];

/** Who may write each letter: the apology and amends letter are the repairing partner's, the impact letter the hurt partner's. */
const WRITER: Record<LetterKind, 'hurt' | 'repairing'> = {
  apology: 'repairing',
  amends: 'repairing',
  impact: 'hurt',
};

const toResponse = (r: ResponseRow, people: People): ApologyResponse => ({
  id: r.id,
  kind: r.kind,
  text: r.text,
  at: iso(r.created_at),
  ...people.authorship(r.author_id),
});

/** The coach reads only for the author: the partner receives the words as they were sent. */
function toLetter(row: LetterRow, people: People, responses: ResponseRow[]): Letter {
  const { mine } = people.authorship(row.author_id);
  const coached = mine && row.kind !== 'impact' ? analyzeApology(row.text) : null;
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    status: row.status,
    findings: coached?.findings ?? [],
    parts: row.kind === 'apology' ? (coached?.parts ?? null) : null,
    amendsId: row.amends_id,
    createdAt: iso(row.created_at),
    sentAt: row.sent_at === null ? null : iso(row.sent_at),
    responses: responses.filter((r) => r.letter_id === row.id).map((r) => toResponse(r, people)),
    ...people.authorship(row.author_id),
  };
}

/** Letters and the apology: drafts only their author sees and edits; sent ones never change. */
export function lettersService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  async function readable(actor: SpaceActor, id: string, kinds: readonly LetterKind[]): Promise<LetterRow> {
    const row = await repos.letters.findReadable(id, actor.spaceId, actor.userId);
    if (!row || !kinds.includes(row.kind)) throw notFound();
    return row;
  }

  async function present(actor: SpaceActor, row: LetterRow): Promise<Letter> {
    const people = await spacePeople(repos, actor);
    const responses = await repos.apologyResponses.listReadable(actor.spaceId, actor.userId);
    return toLetter(row, people, responses);
  }

  async function checkAmends(
    actor: SpaceActor,
    kind: LetterKind,
    amendsId: string | undefined,
  ): Promise<void> {
    if (amendsId === undefined) return;
    const earlier = await repos.letters.findReadable(amendsId, actor.spaceId, actor.userId);
    if (!earlier || earlier.author_id !== actor.userId || earlier.kind !== kind || earlier.status !== 'sent')
      throw invalid('amendsId', 'An amendment links to one of your own sent letters of the same kind.');
  }

  return {
    async create(actor: Actor, kind: LetterKind, input: CreateApology | CreateLetter): Promise<Letter> {
      const a = requireSpace(actor);
      if (a.role !== WRITER[kind]) throw forbidden('This letter is written by the other partner.');
      await checkAmends(a, kind, input.amendsId);
      const now = clock.now();
      const sent = !input.draft;
      const row: LetterRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        kind,
        text: input.text,
        status: sent ? 'sent' : 'draft',
        visibility: sent ? 'partner' : 'private',
        amends_id: input.amendsId ?? null,
        created_at: now,
        updated_at: now,
        sent_at: sent ? now : null,
      };
      const people = await spacePeople(repos, a);
      await commitAndTell(
        deps,
        sent ? people.partnerIds : [],
        'letter_sent',
        { recordId: row.id, kind },
        (tx) => tx.letters.insert(row),
      );
      return toLetter(row, people, []);
    },

    async list(actor: Actor, kinds: readonly LetterKind[]): Promise<Letter[]> {
      const a = requireSpace(actor);
      const rows = (await repos.letters.listReadable(a.spaceId, a.userId)).filter((r) =>
        kinds.includes(r.kind),
      );
      const people = await spacePeople(repos, a);
      const responses = await repos.apologyResponses.listReadable(a.spaceId, a.userId);
      await logViews(deps, a, 'letter', rows);
      return rows.map((r) => toLetter(r, people, responses)).reverse();
    },

    async updateDraft(actor: Actor, kinds: readonly LetterKind[], id: string, text: string): Promise<Letter> {
      const a = requireSpace(actor);
      const row = await readable(a, id, kinds);
      if (row.author_id !== a.userId) throw forbidden('Only the person who wrote it can change it.');
      if (!(await repos.letters.updateDraft(id, a.userId, text, clock.now())))
        throw conflict('wrong_state', 'A sent letter stays as it was. Write an amendment instead.');
      return present(a, { ...row, text });
    },

    async send(actor: Actor, kinds: readonly LetterKind[], id: string): Promise<Letter> {
      const a = requireSpace(actor);
      const row = await readable(a, id, kinds);
      if (row.author_id !== a.userId) throw forbidden('Only the person who wrote it can send it.');
      const now = clock.now();
      const people = await spacePeople(repos, a);
      const sent = await commitAndTell(
        deps,
        people.partnerIds,
        'letter_sent',
        { recordId: id, kind: row.kind },
        (tx) => tx.letters.send(id, a.userId, now),
      );
      if (!sent) throw conflict('wrong_state', 'This was already sent.');
      return present(a, { ...row, status: 'sent', visibility: 'partner', sent_at: now });
    },

    async respond(actor: Actor, id: string, input: RespondToApology): Promise<ApologyResponse> {
      const a = requireSpace(actor);
      const row = await readable(a, id, ['apology']);
      // Only the partner who received it answers; its author cannot mark an answer for them.
      if (row.author_id === a.userId) throw forbidden('Only your partner can answer your apology.');
      const people = await spacePeople(repos, a);
      const response: ResponseRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        letter_id: id,
        kind: input.kind,
        text: input.text ?? null,
        visibility: 'partner',
        created_at: clock.now(),
      };
      await commitAndTell(
        deps,
        people.partnerIds,
        'apology_answered',
        { recordId: response.id, apologyId: id },
        (tx) => tx.apologyResponses.insert(response),
      );
      return toResponse(response, people);
    },
  };
}
