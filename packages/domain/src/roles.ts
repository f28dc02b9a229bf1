/** The part a person plays in a space: the partner who was hurt, or the one repairing. */
export type Role = 'hurt' | 'repairing';

/** Every role a partner can pick when creating or joining a space. */
export const ROLES: readonly Role[] = ['hurt', 'repairing'];

/** Who may read a record: its author only, the partner too, or a consenting therapist. */
export type Visibility = 'private' | 'partner' | 'therapist';

/** The most partners a space holds. */
export const MAX_PARTNERS = 2;

/** The role a joining partner gets when they do not choose: the other one, or `repairing` alone. */
export function defaultJoinRole(inviterRole: Role): Role {
  return inviterRole === 'hurt' ? 'repairing' : 'hurt';
}

/** What a reader may see of a record, given who wrote it and who is asking. */
export interface VisibilityCheck {
  authorId: string;
  visibility: Visibility;
  /** Whether the author is still a member of the space the record belongs to. */
  authorIsMember: boolean;
  /** Whether the reader is a member of that same space. */
  readerIsMember: boolean;
  readerId: string;
}

/**
 * True when the reader may open the record: authors always; partners only while both are members
 * and the author chose to share it. Therapist scopes come later and see nothing here.
 */
export function canRead(check: VisibilityCheck): boolean {
  if (check.readerId === check.authorId) return true;
  return check.visibility === 'partner' && check.authorIsMember && check.readerIsMember;
}
