// The API's types come from @mend/contracts, imported as types only: the zod schemas stay out of
// the web bundle. Names the web uses differently are aliased here, in one place.
import type { InvitePreview as InvitePreviewReply, Safety } from '@mend/contracts';

export type {
  AccessEntry as AccessLogEntry,
  ErrorBody as ApiErrorBody,
  Invite,
  LiveEvent,
  Me,
  MySpace as Space,
  Role,
  Safety,
  SafetyResetReply as SafetyResetResult,
  Status as StatusLine,
  StatusReply as StatusOverview,
  User,
  Visibility,
} from '@mend/contracts';

export type FeelsSafe = NonNullable<Safety['feelsSafe']>;
export type InvitePreview = InvitePreviewReply['invite'];
