import type { PartnerView, SharedThing, Timeline } from '@mend/contracts';
import {
  addWeeks,
  dayNumber,
  disclosureEvents,
  orderTimeline,
  phaseFor,
  RECOVERY_RANGE,
  steadyWeeks,
  type TimelineEvent,
  weekStartOf,
} from '@mend/domain';
import { settingsOf } from '../action/shared';
import { type Actor, iso, type ServiceDeps } from '../context';
import type { disclosuresService } from './disclosures';
import { requireSpace, type SpaceActor, spacePeople } from './shared';

type Authored = { id: string; author_id: string };
const withAuthor = <T extends Authored>(rows: T[], type: TimelineEvent['type'], at: (r: T) => number) =>
  rows.map((r) => ({ type, at: at(r), id: r.id, author: r.author_id }));

/** The recovery timeline (day N, phase by evidence, events) and "what my partner can see". */
export function timelineService(deps: ServiceDeps, disclosures: ReturnType<typeof disclosuresService>) {
  const { repos, clock } = deps;

  async function events(a: SpaceActor, discloserId: string | null) {
    const [letters, responses, channels, attempts, confirmations, items, sessions] = await Promise.all([
      repos.letters.listReadable(a.spaceId, a.userId),
      repos.apologyResponses.listReadable(a.spaceId, a.userId),
      repos.channels.listReadable(a.spaceId, a.userId),
      repos.attempts.listReadable(a.spaceId, a.userId),
      repos.noContactConfirmations.listReadable(a.spaceId, a.userId),
      repos.transparencyItems.listReadable(a.spaceId, a.userId),
      repos.counsellingSessions.listReadable(a.spaceId, a.userId),
    ]);
    const sent = letters.filter((l) => l.status === 'sent');
    return {
      sent,
      confirmations,
      list: [
        ...withAuthor(
          sent.filter((l) => l.kind === 'apology'),
          'apology_sent',
          (l) => l.sent_at ?? l.created_at,
        ),
        ...withAuthor(
          sent.filter((l) => l.kind !== 'apology'),
          'letter_sent',
          (l) => l.sent_at ?? l.created_at,
        ),
        ...withAuthor(responses, 'apology_answered', (r) => r.created_at),
        ...withAuthor(channels, 'channel_closed', (c) => c.created_at),
        ...confirmations
          .filter((c) => c.author_id === discloserId)
          .map((c) => ({ type: 'no_contact_confirmed' as const, at: c.at, author: c.author_id })),
        ...withAuthor(attempts, 'contact_attempt_reported', (r) => r.created_at),
        ...withAuthor(
          items.filter((i) => i.accepted_at !== null),
          'transparency_accepted',
          (i) => i.accepted_at ?? 0,
        ),
        ...withAuthor(
          sessions.filter((s) => s.at <= clock.now()),
          'counselling_session',
          (s) => s.at,
        ),
      ],
    };
  }

  /** Steady weeks of promises over the last year, from the ledger's roll-ups. */
  async function steadyWeeksOf(spaceId: string): Promise<number> {
    const { timeZone } = await settingsOf(repos, spaceId);
    const thisWeek = weekStartOf(clock.now(), timeZone);
    const rollups = await repos.rollups.range(spaceId, addWeeks(thisWeek, -51), thisWeek);
    return steadyWeeks([...rollups.values()]);
  }

  return {
    async timeline(actor: Actor): Promise<Timeline> {
      const a = requireSpace(actor);
      const now = clock.now();
      const membership = await repos.spaces.findMembership(a.userId);
      const discoveredOn = membership?.discovered_on ?? null;
      const { people, mine, completedAt } = await disclosures.state(a);
      const honesty = await disclosures.honesty(a);
      const found = await events(a, people.discloserId);
      const discloser = people.discloserId;
      const disclosed = disclosureEvents(
        mine.map((d) => ({ id: d.id, at: d.created_at, late: d.late === 1 })),
        completedAt,
      ).map((e) => ({ ...e, author: discloser ?? '' }));
      const standing = phaseFor({
        disclosureComplete: completedAt !== null,
        apologySent: found.sent.some((l) => l.kind === 'apology' && l.author_id === discloser),
        noContactConfirmed: found.confirmations.some((c) => c.author_id === discloser),
        daysSinceLastRevelation: honesty.daysSinceLastRevelation,
        checkInsHeld: 0,
        steadyWeeks: await steadyWeeksOf(a.spaceId),
        dateNights: 0,
        newMemories: 0,
      });
      const discovered = discoveredOn
        ? [{ type: 'discovered' as const, at: Date.parse(`${discoveredOn}T00:00:00Z`), author: '' }]
        : [];
      const ordered = orderTimeline([...discovered, ...disclosed, ...found.list]) as (TimelineEvent & {
        author: string;
      })[];
      return {
        dayNumber: discoveredOn ? dayNumber(discoveredOn, iso(now).slice(0, 10)) : null,
        phase: standing.phase,
        next: standing.next,
        missing: standing.missing,
        range: {
          feelsPossibleMonths: [...RECOVERY_RANGE.feelsPossibleMonths],
          feelsNormalMonths: RECOVERY_RANGE.feelsNormalMonths,
        },
        events: ordered.map((e) => ({ type: e.type, at: iso(e.at), mine: e.author === a.userId })),
      };
    },

    /** Everything of the caller's that the partner can open right now. */
    async partnerView(actor: Actor): Promise<PartnerView> {
      const a = requireSpace(actor);
      const people = await spacePeople(repos, a);
      const hasPartner = people.partnerIds.length > 0;
      const own = <T extends { author_id: string; visibility: string }>(rows: T[]) =>
        rows.filter((r) => r.author_id === a.userId && r.visibility === 'partner');
      const short = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);
      const r = repos;
      const [
        letters,
        responses,
        disclosed,
        channels,
        attempts,
        items,
        allies,
        counsellors,
        sessions,
        completed,
        confirmed,
      ] = await Promise.all([
        r.letters.listReadable(a.spaceId, a.userId),
        r.apologyResponses.listReadable(a.spaceId, a.userId),
        r.disclosures.listReadable(a.spaceId, a.userId),
        r.channels.listReadable(a.spaceId, a.userId),
        r.attempts.listReadable(a.spaceId, a.userId),
        r.transparencyItems.listReadable(a.spaceId, a.userId),
        r.allies.listReadable(a.spaceId, a.userId),
        r.counsellors.listReadable(a.spaceId, a.userId),
        r.counsellingSessions.listReadable(a.spaceId, a.userId),
        r.disclosureCompletions.listReadable(a.spaceId, a.userId),
        r.noContactConfirmations.listReadable(a.spaceId, a.userId),
      ]);
      const thing = (type: SharedThing['type'], id: string, detail: string, at: number): SharedThing => ({
        type,
        id,
        detail: short(detail),
        at: iso(at),
      });
      const things: SharedThing[] = [
        ...own(letters).map((l) =>
          thing(l.kind === 'apology' ? 'apology' : 'letter', l.id, l.text, l.sent_at ?? l.created_at),
        ),
        ...own(responses).map((x) => thing('response', x.id, x.text ?? x.kind, x.created_at)),
        ...own(disclosed).map((d) => thing('disclosure', d.id, d.text, d.created_at)),
        ...own(channels).map((c) => thing('channel', c.id, `${c.channel}: ${c.how}`, c.created_at)),
        ...own(attempts).map((x) => thing('attempt', x.id, x.channel, x.created_at)),
        ...own(items)
          .filter((i) => i.status !== 'ended')
          .map((i) => thing('transparency', i.id, i.description, i.created_at)),
        ...own(allies).map((x) => thing('ally', x.author_id, x.name, x.created_at)),
        ...own(counsellors).map((x) => thing('counselling', x.author_id, x.name, x.created_at)),
        ...own(sessions).map((x) => thing('counselling', x.id, iso(x.at), x.created_at)),
        ...own(completed).map((m) =>
          thing('disclosure_complete', m.author_id, 'The disclosure is marked complete.', m.at),
        ),
        ...own(confirmed).map((m) =>
          thing('no_contact_confirmed', m.author_id, 'No contact with the other person, confirmed.', m.at),
        ),
      ];
      return { hasPartner, things: hasPartner ? things : [] };
    },
  };
}
