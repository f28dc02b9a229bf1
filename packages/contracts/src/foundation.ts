import { z } from 'zod';
import { CalendarDate, Email, Instant, Password, Role, text, Visibility } from './common';

/** The public face of an account. */
export const User = z.object({ id: z.string(), email: z.string(), displayName: z.string() });
export type User = z.infer<typeof User>;

/** Body of POST /api/auth/register. */
export const Register = z.object({
  email: Email,
  password: Password,
  displayName: text(60),
});
export type Register = z.infer<typeof Register>;

/** Body of POST /api/auth/login. */
export const Login = z.object({ email: Email, password: Password });
export type Login = z.infer<typeof Login>;

/** Answer with the signed-in user. */
export const UserReply = z.object({ user: User });
export type UserReply = z.infer<typeof UserReply>;

/** The private safety answer, only ever shown to the person who gave it. */
export const Safety = z.object({
  answered: z.boolean(),
  feelsSafe: z.enum(['yes', 'no', 'unsure']).nullable(),
  fearsThreats: z.boolean(),
  fearsControl: z.boolean(),
});
export type Safety = z.infer<typeof Safety>;

/** Body of PUT /api/me/safety. */
export const SetSafety = z.object({
  feelsSafe: z.enum(['yes', 'no', 'unsure']),
  fearsThreats: z.boolean().default(false),
  fearsControl: z.boolean().default(false),
});
export type SetSafety = z.infer<typeof SetSafety>;

/** An open invite as its creator sees it. */
export const Invite = z.object({ code: z.string(), url: z.string(), expiresAt: Instant });
export type Invite = z.infer<typeof Invite>;

/** The caller's space as GET /api/me shows it. */
export const MySpace = z.object({
  id: z.string(),
  role: Role,
  discoveredOn: CalendarDate.nullable(),
  dayNumber: z.number().int().nullable(),
  createdAt: Instant,
  partner: z.object({ displayName: z.string(), role: Role, joinedAt: Instant }).nullable(),
  invite: Invite.nullable(),
  /**
   * True while there is no partner and someone else has left this space before: when someone new joins, what the
   * caller shared earlier becomes private first (it was shared with someone else).
   */
  pastPartner: z.boolean().optional(),
});
export type MySpace = z.infer<typeof MySpace>;

/** Answer of GET /api/me. */
export const Me = z.object({ user: User, safety: Safety, space: MySpace.nullable() });
export type Me = z.infer<typeof Me>;

/** Body of POST /api/spaces. */
export const CreateSpace = z.object({ role: Role, discoveredOn: CalendarDate.optional() });
export type CreateSpace = z.infer<typeof CreateSpace>;

/** Body of PATCH /api/spaces/current. */
export const UpdateSpace = z.object({ discoveredOn: CalendarDate.nullable() });
export type UpdateSpace = z.infer<typeof UpdateSpace>;

/** Answer with a space and the caller's role in it. */
export const SpaceReply = z.object({
  space: z.object({ id: z.string(), role: Role, discoveredOn: CalendarDate.nullable().optional() }),
});
export type SpaceReply = z.infer<typeof SpaceReply>;

/** Path parameters of the invite routes. */
export const InviteParams = z.object({ code: z.string().min(1).max(40) });
export type InviteParams = z.infer<typeof InviteParams>;

/** Answer of GET /api/invites/{code}: who is inviting, before joining. */
export const InvitePreview = z.object({
  // No role: the preview is seen before joining, by whoever has the link; roles are seen once joined.
  invite: z.object({ inviterName: z.string(), expiresAt: Instant }),
});
export type InvitePreview = z.infer<typeof InvitePreview>;

/** Body of POST /api/invites/{code}/accept. */
export const AcceptInvite = z.object({ role: Role.optional() }).nullish();
export type AcceptInvite = z.infer<typeof AcceptInvite>;

/** A person's short "how I am today" line. */
export const Status = z.object({ id: z.string(), text: z.string(), visibility: Visibility, at: Instant });
export type Status = z.infer<typeof Status>;

/** Body of PUT /api/status. */
export const SetStatus = z.object({ text: text(280), visibility: Visibility.default('private') });
export type SetStatus = z.infer<typeof SetStatus>;

/** Answer of GET /api/status. */
export const StatusReply = z.object({
  mine: Status.nullable(),
  partner: z.object({ text: z.string(), at: Instant }).nullable(),
});
export type StatusReply = z.infer<typeof StatusReply>;

/** One line of the access log: who opened something the caller shared. */
export const AccessEntry = z.object({
  id: z.string(),
  viewer: z.object({ displayName: z.string(), role: Role.nullable() }),
  recordType: z.string(),
  recordId: z.string(),
  at: Instant,
});
export type AccessEntry = z.infer<typeof AccessEntry>;

/** Answer of GET /api/access-log. */
export const AccessLog = z.object({ entries: z.array(AccessEntry) });
export type AccessLog = z.infer<typeof AccessLog>;

/** Answer of POST /api/safety/reset. */
export const SafetyResetReply = z.object({
  endedShares: z.number().int(),
  signedOutSessions: z.number().int(),
});
export type SafetyResetReply = z.infer<typeof SafetyResetReply>;

/** Body of DELETE /api/me. */
export const DeleteAccount = z.object({ password: Password });
export type DeleteAccount = z.infer<typeof DeleteAccount>;

/** Query of GET /api/live: the last event id the client saw. */
export const LiveQuery = z.object({ after: z.coerce.number().int().min(0).optional() });
export type LiveQuery = z.infer<typeof LiveQuery>;

/** A live event as the client receives it. */
export const LiveEvent = z.looseObject({ type: z.string(), id: z.number().int(), at: Instant });
export type LiveEvent = z.infer<typeof LiveEvent>;

/** An empty answer (204). */
export const NoContent = z.void();

/** Answer of GET /api/export: everything the caller wrote and what was shared with them. */
export const ExportReply = z.looseObject({ format: z.literal('mend-export/1'), exportedAt: Instant });
export type ExportReply = z.infer<typeof ExportReply>;
