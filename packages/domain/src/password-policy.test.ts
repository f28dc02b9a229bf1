import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    ['short1!', 'too_short'],
    ['password12', 'common'],
    ['Password1234!', 'common'],
    ['P@ssw0rd2024', 'common'],
    ['1234567890', 'common'],
    ['qwertyuiop', 'common'],
    ['aaaaaaaaaaaa', 'common'],
    ['abababababab', 'common'],
    ['monkeymonkey', 'common'],
    ['iloveyou2026', 'common'],
    ['!!!!!!!!!!11', 'common'],
    ['x'.repeat(300), 'too_long'],
  ])('refuses %s as %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it.each(['correct horse battery', 'tea-kettle-morning-42', 'Walnut!River9Stone', 'bluegreen ocean walk'])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password)).toBeNull();
    },
  );

  it('refuses a personal word padded with digits', () => {
    expect(passwordProblem('annabelle2026', ['Annabelle', 'anna@example.com'])).toBe('common');
    expect(passwordProblem('annabelle2026')).toBeNull();
  });

  it('counts characters, not UTF-16 units, for the minimum length', () => {
    expect(passwordProblem('🌿🌿🌿🌿🌿')).toBe('too_short');
  });
});
