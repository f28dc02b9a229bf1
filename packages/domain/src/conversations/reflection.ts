// Remorse and regret: private prompts for the partner who broke trust. Regret looks at what it cost
// oneself; remorse looks at what it did to the other. The prompts gently turn the first into the second.

/** A reflection prompt: a stable id (stored with the answer) and its words. */
export interface ReflectionPrompt {
  id: string;
  text: string;
}

/** The prompts, in Mend's own words. Ids never change; the words may be improved. */
export const REFLECTION_PROMPTS: readonly ReflectionPrompt[] = [
  {
    id: 'their_night',
    text: 'Picture an ordinary evening for your partner since they found out. What do you think goes through their mind when the house goes quiet?',
  },
  {
    id: 'sorry_for_what',
    text: 'Finish this honestly: “I am sorry because…”. Then read it back. Is it about what you lost, or about what they went through?',
  },
  {
    id: 'the_choices',
    text: 'Name one choice you made along the way that you could have made differently. No reasons, just the choice.',
  },
  {
    id: 'hard_to_hear',
    text: 'What does your partner say that is hardest for you to hear? What might be true in it?',
  },
  {
    id: 'showing_it',
    text: 'Feeling sorry stays inside you. What is one thing you could do this week that lets your partner see it?',
  },
  {
    id: 'who_you_become',
    text: 'Who do you want to be in this relationship a year from now, and what is one step toward that person today?',
  },
];

/** The prompt with this id, or undefined. */
export function findReflectionPrompt(id: string): ReflectionPrompt | undefined {
  return REFLECTION_PROMPTS.find((p) => p.id === id);
}
