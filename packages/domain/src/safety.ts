/** A person's private answer to "Do you feel safe with your partner?". */
export type SafetyAnswer = 'yes' | 'no' | 'unsure';

/** The private safety answer of one member, as far as the rules need it. */
export interface SafetyState {
  feelsSafe: SafetyAnswer | null;
  fearsThreats: boolean;
  fearsControl: boolean;
}

/**
 * True when a person's own answer lets transparency tools run for them: a plain "yes" with no fear
 * of threats or control. An unanswered question counts as not yet safe.
 */
export function allowsTransparency(state: SafetyState): boolean {
  return state.feelsSafe === 'yes' && !state.fearsThreats && !state.fearsControl;
}

/** True when Mend should lead with safety resources and solo mode for this person. */
export function needsSafetyFirst(state: SafetyState): boolean {
  return state.feelsSafe !== null && !allowsTransparency(state);
}

/** True when a space may use transparency tools: every member's own answer must allow it. */
export function spaceAllowsTransparency(members: readonly SafetyState[]): boolean {
  return members.length > 0 && members.every(allowsTransparency);
}
