import { describe, expect, it } from 'vitest';
import { CRISIS_LINES, dialParts, guessCountry } from './crisis-lines';

describe('dialParts', () => {
  it('makes each number in a contact text a number to dial, and keeps the words between', () => {
    expect(dialParts('0800 111 0 111 or 0800 111 0 222')).toEqual([
      { text: '0800 111 0 111', dial: '08001110111' },
      { text: ' or ' },
      { text: '0800 111 0 222', dial: '08001110222' },
    ]);
    expect(dialParts('Call or text 988')).toEqual([{ text: 'Call or text ' }, { text: '988', dial: '988' }]);
    expect(dialParts('1-800-799-7233')).toEqual([{ text: '1-800-799-7233', dial: '18007997233' }]);
  });

  it('leaves a text with no number as it is', () => {
    expect(dialParts('Online chat')).toEqual([{ text: 'Online chat' }]);
  });

  it('finds a number to dial in every line that ships', () => {
    for (const { lines } of Object.values(CRISIS_LINES))
      for (const line of lines) expect(dialParts(line.contact).some((p) => p.dial)).toBe(true);
  });
});

describe('guessCountry', () => {
  it('takes the region of the first language Mend has lines for, else the United States', () => {
    expect(guessCountry(['fr', 'en-GB'])).toBe('GB');
    expect(guessCountry(['de-AT'])).toBe('US');
  });
});
