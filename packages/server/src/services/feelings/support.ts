import type {
  CreateHardDate,
  CreateSupportContact,
  HardDate,
  PreAssurancePrompt,
  SelfCarePlan,
  SupportContact,
} from '@mend/contracts';
import { nextOccurrence, promptDaysAhead } from '@mend/domain';
import { notFound } from '../../errors';
import type { HardDateRow, SupportContactRow } from '../../repositories/feelings/support';
import { type Actor, newId, type ServiceDeps } from '../context';
import { ACCESS_DEDUPE_MS } from '../status';

const toContact = (row: SupportContactRow): SupportContact => ({
  id: row.id,
  kind: row.kind as SupportContact['kind'],
  name: row.name,
  how: row.how,
  note: row.note,
});

const toHardDate = (row: HardDateRow, today: string): HardDate => ({
  id: row.id,
  date: row.date,
  label: row.label,
  yearly: row.yearly === 1,
  remindDaysBefore: row.remind_days_before,
  visibility: row.visibility,
  nextOn: nextOccurrence({ date: row.date, yearly: row.yearly === 1 }, today),
});

const utcToday = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const EMPTY_PLAN: SelfCarePlan = { items: [], reminders: [] };

/** Each person's own support list and self-care plan (private), and known hard dates (shared). */
export function supportService(deps: ServiceDeps, partnerIds: (actor: Actor) => Promise<string[]>) {
  const { repos, clock, hub } = deps;
  return {
    async addContact(actor: Actor, input: CreateSupportContact): Promise<SupportContact> {
      const row: SupportContactRow = {
        id: newId(),
        space_id: actor.spaceId,
        author_id: actor.userId,
        visibility: 'private',
        kind: input.kind,
        name: input.name,
        how: input.how ?? null,
        note: input.note ?? null,
        created_at: clock.now(),
      };
      await repos.supportContacts.insert(row);
      return toContact(row);
    },
    async contacts(actor: Actor): Promise<SupportContact[]> {
      return (await repos.supportContacts.listByAuthor(actor.userId)).map(toContact);
    },
    async removeContact(actor: Actor, id: string): Promise<void> {
      if (!(await repos.supportContacts.delete(id, actor.userId))) throw notFound();
    },

    async selfCare(actor: Actor): Promise<SelfCarePlan> {
      const row = await repos.feelingsSettings.find(actor.userId);
      return row?.self_care ? (JSON.parse(row.self_care) as SelfCarePlan) : EMPTY_PLAN;
    },
    async setSelfCare(actor: Actor, plan: SelfCarePlan): Promise<SelfCarePlan> {
      await repos.feelingsSettings.upsert(actor.userId, { self_care: JSON.stringify(plan) }, clock.now());
      return plan;
    },

    async addHardDate(actor: Actor, input: CreateHardDate): Promise<HardDate> {
      const row: HardDateRow = {
        id: newId(),
        space_id: actor.spaceId,
        author_id: actor.userId,
        visibility: input.visibility,
        date: input.date,
        label: input.label,
        yearly: input.yearly ? 1 : 0,
        remind_days_before: input.remindDaysBefore,
        created_at: clock.now(),
      };
      await repos.hardDates.insert(row);
      if (row.visibility === 'partner') await hub.publish(await partnerIds(actor), 'hard_dates_changed');
      return toHardDate(row, utcToday(clock.now()));
    },
    async hardDates(actor: Actor): Promise<HardDate[]> {
      return (await repos.hardDates.listByAuthor(actor.userId)).map((r) =>
        toHardDate(r, utcToday(clock.now())),
      );
    },
    async removeHardDate(actor: Actor, id: string): Promise<void> {
      const visibility = await repos.hardDates.delete(id, actor.userId);
      if (!visibility) throw notFound();
      // A private date's removal is nobody else's news.
      if (visibility === 'partner') await hub.publish(await partnerIds(actor), 'hard_dates_changed');
    },

    /** The partner's shared hard dates coming within their reminder window: a prompt to reassure early. */
    async prompts(actor: Actor, today: string): Promise<PreAssurancePrompt[]> {
      const [partnerId] = await partnerIds(actor);
      if (!partnerId || !actor.spaceId) return [];
      const out: PreAssurancePrompt[] = [];
      for (const row of await repos.hardDates.listSharedWith(partnerId, actor.userId)) {
        const hard = { date: row.date, yearly: row.yearly === 1, remindDaysBefore: row.remind_days_before };
        const daysAhead = promptDaysAhead(hard, today);
        const on = nextOccurrence(hard, today);
        if (daysAhead === null || !on) continue;
        out.push({ id: row.id, label: row.label, on, daysAhead });
        await repos.accessLog.record(
          {
            id: newId(),
            space_id: actor.spaceId,
            owner_id: partnerId,
            viewer_id: actor.userId,
            record_type: 'hard_date',
            record_id: row.id,
            at: clock.now(),
          },
          ACCESS_DEDUPE_MS,
        );
      }
      return out.sort((a, b) => a.daysAhead - b.daysAhead);
    },
  };
}
