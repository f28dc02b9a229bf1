import type { CheckInSession, MoveSession } from '@mend/contracts';
import {
  DEFAULT_SESSION_MINUTES,
  DEFAULT_TURN_SECONDS,
  isSessionLive,
  listenerOf,
  markSummarised,
  mayRateHeard,
  moveSession,
  SESSION_LIFETIME_MS,
  type SessionProblem,
  type SessionState,
  timeBoxAt,
} from '@mend/domain';
import { type AppError, conflict, forbidden, invalid, notFound } from '../../errors';
import type { CheckInSessionRow } from '../../repositories/conversations/index';
import { type Actor, iso, newId, type ServiceDeps } from '../context';
import { commitAndTell, requireSpace, type SpaceActor } from '../groundwork/shared';

const toState = (row: CheckInSessionRow): SessionState => ({
  status: row.status,
  step: row.step,
  speakerId: row.speaker_id,
  summarised: row.summarised === 1,
  turnStartedAt: row.turn_started_at,
  startedAt: row.created_at,
});

const changeOf = (s: SessionState) => ({
  step: s.step,
  speaker_id: s.speakerId,
  summarised: s.summarised ? 1 : 0,
  turn_started_at: s.turnStartedAt,
});

const ENDED = () => conflict('wrong_state', 'This check-in has ended. You can start a new one.');
const RACED = () => conflict('wrong_state', 'This changed on the other device a moment ago. Look again.');

function moveError(problem: SessionProblem): AppError {
  if (problem === 'ended') return ENDED();
  if (problem === 'not_summarised')
    return conflict('wrong_state', 'The listener summarises first; then the turn passes.');
  if (problem === 'not_a_member') return invalid('speakerId', 'The speaker is one of the two of you.');
  return invalid('speakerId', 'A speaker is named only in the turns step.');
}

/**
 * The live check-in session: either partner starts or opens it; each step, turn and note is kept on
 * the server and announced to both devices (ids and step codes only). Heard ratings are private.
 */
export function sessionsService(deps: ServiceDeps) {
  const { repos, clock } = deps;

  async function members(a: SpaceActor) {
    return repos.spaces.listMembers(a.spaceId);
  }

  async function present(a: SpaceActor, row: CheckInSessionRow): Promise<CheckInSession> {
    const now = clock.now();
    const people = await members(a);
    const [notes, heard, topic] = await Promise.all([
      repos.checkInNotes.listFor(row.id, a.userId),
      repos.checkInHeard.findMine(row.id, a.userId),
      row.topic_question_id
        ? repos.questions.findReadable(row.topic_question_id, a.spaceId, a.userId)
        : Promise.resolve(undefined),
    ]);
    const names = new Map(people.map((m) => [m.user_id, m.display_name]));
    return {
      id: row.id,
      status: row.status,
      step: row.step,
      startedAt: iso(row.created_at),
      endedAt: row.ended_at === null ? null : iso(row.ended_at),
      minutes: row.minutes,
      endsAt: iso(row.created_at + row.minutes * 60_000),
      timeBox: timeBoxAt(row.created_at, row.minutes, row.ended_at ?? now),
      speakerId: row.speaker_id,
      listenerId: listenerOf(
        row.speaker_id,
        people.map((m) => m.user_id),
      ),
      summarised: row.summarised === 1,
      turnStartedAt: row.turn_started_at === null ? null : iso(row.turn_started_at),
      turnSeconds: row.turn_seconds,
      topic: topic ? { questionId: topic.id, text: topic.text } : null,
      people: people.map((m) => ({
        userId: m.user_id,
        displayName: m.display_name,
        me: m.user_id === a.userId,
      })),
      notes: notes.map((n) => ({
        id: n.id,
        text: n.text,
        at: iso(n.created_at),
        mine: n.author_id === a.userId,
        authorName: names.get(n.author_id) ?? '',
      })),
      myHeard: heard?.score ?? null,
      serverNow: iso(now),
    };
  }

  async function load(actor: Actor, id: string) {
    const a = requireSpace(actor);
    const row = await repos.checkInSessions.findReadable(id, a.spaceId, a.userId);
    if (!row) throw notFound();
    return { a, row };
  }

  /** Writes a change made on one device and tells every device of both partners. */
  async function change(a: SpaceActor, row: CheckInSessionRow, next: Partial<CheckInSessionRow>) {
    const everyone = (await members(a)).map((m) => m.user_id);
    const payload = { sessionId: row.id, step: next.step ?? row.step };
    const type = next.status === 'ended' ? 'check_in_session_ended' : 'check_in_session_changed';
    await commitAndTell(deps, everyone, type, payload, async (tx) => {
      if (!(await tx.checkInSessions.update(row.id, row.version, next, clock.now()))) throw RACED();
    });
  }

  async function fresh(a: SpaceActor, id: string) {
    const row = await repos.checkInSessions.findReadable(id, a.spaceId, a.userId);
    if (!row) throw notFound();
    return present(a, row);
  }

  return {
    /** Opens today's session, or starts one; `created` says which (201 or 200). */
    async start(actor: Actor, turnSeconds?: number): Promise<{ created: boolean; session: CheckInSession }> {
      const a = requireSpace(actor);
      const now = clock.now();
      const open = await repos.checkInSessions.findOpen(a.spaceId, a.userId, now - SESSION_LIFETIME_MS);
      if (open) return { created: false, session: await present(a, open) };
      const people = await members(a);
      const partner = people.find((m) => m.user_id !== a.userId);
      if (!partner)
        throw conflict('wrong_state', 'A check-in is for the two of you; invite your partner first.');
      const schedule = await repos.checkInSchedules.find(a.spaceId);
      const row: CheckInSessionRow = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner',
        status: 'open',
        step: 'appreciations',
        speaker_id: null,
        summarised: 0,
        turn_started_at: null,
        turn_seconds: turnSeconds ?? DEFAULT_TURN_SECONDS,
        topic_question_id: null,
        minutes: schedule?.minutes ?? DEFAULT_SESSION_MINUTES,
        version: 0,
        created_at: now,
        ended_at: null,
        updated_at: now,
      };
      await commitAndTell(deps, [partner.user_id], 'check_in_session_started', { sessionId: row.id }, (tx) =>
        tx.checkInSessions.insert(row),
      );
      return { created: true, session: await present(a, row) };
    },

    async current(actor: Actor): Promise<CheckInSession | null> {
      const a = requireSpace(actor);
      const since = clock.now() - SESSION_LIFETIME_MS;
      const open = await repos.checkInSessions.findOpen(a.spaceId, a.userId, since);
      return open ? present(a, open) : null;
    },

    async get(actor: Actor, id: string): Promise<CheckInSession> {
      const { a, row } = await load(actor, id);
      return present(a, row);
    },

    async move(actor: Actor, id: string, input: MoveSession): Promise<CheckInSession> {
      const { a, row } = await load(actor, id);
      const ids = (await members(a)).map((m) => m.user_id);
      const result = moveSession(toState(row), input, ids, clock.now());
      if (!result.ok) throw moveError(result.problem);
      let topic = row.topic_question_id;
      if (input.topicQuestionId !== undefined) {
        if (input.step !== 'topic') throw invalid('topicQuestionId', 'A topic is chosen in the topic step.');
        const q = await repos.questions.findReadable(input.topicQuestionId, a.spaceId, a.userId);
        if (!q) throw invalid('topicQuestionId', 'That question is not in your queue.');
        topic = q.id;
      }
      await change(a, row, { ...changeOf(result.state), topic_question_id: topic });
      return fresh(a, id);
    },

    /** The listener says they summarised what they heard; the turn may then pass to them. */
    async summarised(actor: Actor, id: string): Promise<CheckInSession> {
      const { a, row } = await load(actor, id);
      const result = markSummarised(toState(row), a.userId, clock.now());
      if (!result.ok && result.problem === 'not_listener')
        throw forbidden('The listener marks this, once they have summarised what they heard.');
      if (!result.ok && result.problem === 'ended') throw ENDED();
      if (!result.ok) throw conflict('wrong_state', 'Start a turn first: choose who speaks.');
      await change(a, row, changeOf(result.state));
      return fresh(a, id);
    },

    async addNote(actor: Actor, id: string, text: string): Promise<CheckInSession> {
      const { a, row } = await load(actor, id);
      if (!isSessionLive(toState(row), clock.now())) throw ENDED();
      const everyone = (await members(a)).map((m) => m.user_id);
      const note = {
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'partner' as const,
        session_id: row.id,
        text,
        created_at: clock.now(),
      };
      await commitAndTell(
        deps,
        everyone,
        'check_in_note_added',
        { sessionId: row.id, noteId: note.id },
        (tx) => tx.checkInNotes.insert(note),
      );
      return fresh(a, id);
    },

    /** Ends the session gently: it moves to the closing step, where each says how heard they felt. */
    async end(actor: Actor, id: string): Promise<CheckInSession> {
      const { a, row } = await load(actor, id);
      if (row.status === 'ended') throw ENDED();
      await change(a, row, { status: 'ended', step: 'closing', ended_at: clock.now() });
      return fresh(a, id);
    },

    /** The caller's private rating; nobody else is told, not even that it was given. */
    async rateHeard(actor: Actor, id: string, score: number): Promise<CheckInSession> {
      const { a, row } = await load(actor, id);
      if (!mayRateHeard(toState(row)))
        throw conflict('wrong_state', 'Ratings come at the end of the check-in.');
      if (await repos.checkInHeard.findMine(row.id, a.userId))
        throw conflict('wrong_state', 'You have already said how heard you felt this time.');
      await repos.checkInHeard.insert({
        id: newId(),
        space_id: a.spaceId,
        author_id: a.userId,
        visibility: 'private',
        session_id: row.id,
        score,
        created_at: clock.now(),
      });
      return present(a, row);
    },
  };
}
