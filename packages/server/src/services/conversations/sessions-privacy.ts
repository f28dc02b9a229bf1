import type { Repositories } from '../../repositories/index';
import { iso } from '../context';

/** Makes every shared session, note, repair and debrief record of the author private again. */
export async function unshareSessionRecords(repos: Repositories, authorId: string): Promise<number> {
  const counts = await Promise.all([
    repos.checkInSessions.unshareAll(authorId),
    repos.checkInNotes.unshareAll(authorId),
    repos.repairs.unshareAll(authorId),
    repos.repairSides.unshareAll(authorId),
    repos.debriefs.unshareAll(authorId),
    repos.debriefAnswers.unshareAll(authorId),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

/** Sessions, notes, heard ratings, repairs, debriefs and reflections a person authored, for their export. */
export async function sessionRecordsAuthoredBy(repos: Repositories, userId: string) {
  const [sessions, notes, heard, repairs, sides, settings, debriefs, answers, reflections] =
    await Promise.all([
      repos.checkInSessions.listByAuthor(userId),
      repos.checkInNotes.listByAuthor(userId),
      repos.checkInHeard.listByAuthor(userId),
      repos.repairs.listByAuthor(userId),
      repos.repairSides.listByAuthor(userId),
      repos.debriefSettings.listByAuthor(userId),
      repos.debriefs.listByAuthor(userId),
      repos.debriefAnswers.listByAuthor(userId),
      repos.reflections.listByAuthor(userId),
    ]);
  return {
    checkInSessions: sessions.map((r) => ({
      id: r.id,
      status: r.status,
      minutes: r.minutes,
      startedAt: iso(r.created_at),
      endedAt: r.ended_at === null ? null : iso(r.ended_at),
    })),
    checkInNotes: notes.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      text: r.text,
      at: iso(r.created_at),
    })),
    checkInHeard: heard.map((r) => ({ sessionId: r.session_id, score: r.score, at: iso(r.created_at) })),
    repairs: repairs.map((r) => ({ id: r.id, about: r.about, at: iso(r.created_at) })),
    repairSides: sides.map((r) => ({
      repairId: r.repair_id,
      feelings: JSON.parse(r.feelings) as string[],
      reality: r.reality,
      trigger: r.trigger,
      owns: r.owns,
      nextTime: r.next_time,
      summaryOfOther: r.summary_of_other,
      at: iso(r.created_at),
    })),
    debriefSettings: settings.map((r) => ({ time: r.time, timeZone: r.time_zone })),
    debriefs: debriefs.map((r) => ({ id: r.id, day: r.day, status: r.status })),
    debriefAnswers: answers.map((r) => ({ debriefId: r.debrief_id, text: r.text, at: iso(r.created_at) })),
    reflections: reflections.map((r) => ({
      id: r.id,
      promptId: r.prompt_id,
      text: r.text,
      at: iso(r.created_at),
    })),
  };
}

const others = <T extends { author_id: string }>(rows: T[], readerId: string) =>
  rows.filter((r) => r.author_id !== readerId);

/** What the partner shared with the reader here (never their heard ratings or reflections). */
export async function sessionRecordsSharedWith(repos: Repositories, readerId: string, spaceId: string) {
  const [sessions, notes, repairs, sides, debriefs, answers] = await Promise.all([
    repos.checkInSessions.listReadable(spaceId, readerId),
    repos.checkInNotes.listReadable(spaceId, readerId),
    repos.repairs.listReadable(spaceId, readerId),
    repos.repairSides.listReadable(spaceId, readerId),
    repos.debriefs.listReadable(spaceId, readerId),
    repos.debriefAnswers.listReadable(spaceId, readerId),
  ]);
  return [
    ...others(sessions, readerId).map((r) => ({ type: 'checkInSession', id: r.id, at: iso(r.created_at) })),
    ...others(notes, readerId).map((r) => ({
      type: 'checkInNote',
      id: r.id,
      sessionId: r.session_id,
      text: r.text,
      at: iso(r.created_at),
    })),
    ...others(repairs, readerId).map((r) => ({
      type: 'repair',
      id: r.id,
      about: r.about,
      at: iso(r.created_at),
    })),
    ...others(sides, readerId).map((r) => ({
      type: 'repairSide',
      id: r.id,
      repairId: r.repair_id,
      feelings: JSON.parse(r.feelings) as string[],
      reality: r.reality,
      trigger: r.trigger,
      owns: r.owns,
      nextTime: r.next_time,
      summaryOfOther: r.summary_of_other,
      at: iso(r.created_at),
    })),
    ...others(debriefs, readerId).map((r) => ({ type: 'debrief', id: r.id, day: r.day, status: r.status })),
    ...others(answers, readerId).map((r) => ({
      type: 'debriefAnswer',
      id: r.id,
      debriefId: r.debrief_id,
      text: r.text,
      at: iso(r.created_at),
    })),
  ];
}
