import type { ErrorCode } from '@mend/contracts';

/** The one error type that crosses layers; the error handler turns it into a 4xx answer. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Something the caller may not see, answered exactly as if it did not exist. */
export const notFound = () => new AppError(404, 'not_found', 'We could not find that.');

/** The caller is not signed in. */
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Please sign in first.');

/** A rule of the product forbids this for the caller's role. */
export const forbidden = (message = 'This is not something you can do here.') =>
  new AppError(403, 'forbidden', message);

/** Input that breaks a rule the schema cannot express. */
export const invalid = (field: string, message: string, code: ErrorCode = 'validation_failed') =>
  new AppError(400, code, message, field);

/** The caller needs a space for this and has none. */
export const noSpace = () => new AppError(409, 'no_space', 'Create a space or join your partner’s first.');

/** A conflict with the current state, such as a second space. */
export const conflict = (code: ErrorCode, message: string) => new AppError(409, code, message);
