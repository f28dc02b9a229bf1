import { isCalendarDate, MAX_PASSWORD_LENGTH } from '@mend/domain';
import { z } from 'zod';

/** An instant as an ISO-8601 UTC string, e.g. `2026-11-24T18:30:00.000Z`. */
export const Instant = z.iso.datetime();
export type Instant = z.infer<typeof Instant>;

/** A calendar date `YYYY-MM-DD` that exists. */
export const CalendarDate = z
  .string()
  .refine(isCalendarDate, { message: 'Use a real date written YYYY-MM-DD.' });
export type CalendarDate = z.infer<typeof CalendarDate>;

/** The two partner roles. */
export const Role = z.enum(['hurt', 'repairing']);
export type Role = z.infer<typeof Role>;

/** Who may read a record. */
export const Visibility = z.enum(['private', 'partner']);
export type Visibility = z.infer<typeof Visibility>;

/** A trimmed, non-empty line of text of at most `max` characters. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .min(1, { message: 'Please write something here.' })
    .max(max, { message: `Please keep this under ${max} characters.` });
}

/** An e-mail address, compared without regard to case. */
export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Please enter a valid e-mail address.' }));

/** A password as typed; the strength rules live in the domain. */
export const Password = z
  .string()
  .min(1, { message: 'Please enter your password.' })
  .max(MAX_PASSWORD_LENGTH, { message: 'That password is too long.' });

/** The one error shape every 4xx and 5xx answer uses. */
export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Every stable error code the API answers with. */
export const ERROR_CODES = [
  'validation_failed',
  'common_password',
  'registration_failed',
  'invalid_credentials',
  'too_many_attempts',
  'unauthenticated',
  'bad_origin',
  'not_found',
  'forbidden',
  'already_in_space',
  'space_full',
  'no_space',
  'wrong_state',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
