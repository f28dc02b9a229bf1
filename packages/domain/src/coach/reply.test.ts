import { describe, expect, it } from 'vitest';
import { analyzeReply } from './reply';

const kindsOf = (text: string) => analyzeReply(text).findings.map((f) => f.kind);

describe('analyzeReply finds', () => {
  it.each([
    ['I already said sorry.', 'defensive'],
    ["That's not fair.", 'defensive'],
    ["You're overreacting.", 'minimizing'],
    ['Stop being so paranoid.', 'minimizing'],
    ["Don't be dramatic.", 'minimizing'],
    ['What about you?', 'counter_attack'],
    ["You're not perfect either.", 'counter_attack'],
    ['I was stressed with work.', 'justification'],
    ['Can we just move on?', 'rushing'],
    ['Get over it.', 'rushing'],
    ['Not tonight.', 'rushing'],
    ["It's in the past.", 'rushing'],
    ['ur overreacting lol', 'minimizing'],
    // the 2026-12-07 round (blind18's shapes, in other words)
    ['We keep going round in circles.', 'rushing'],
    ['Do we really have to do this again?', 'rushing'],
    ['That was years ago, honestly.', 'minimizing'],
    ["Don't put this all on me.", 'defensive'],
    ['You have not been easy to live with.', 'counter_attack'],
    ['I had so much going on at work.', 'justification'],
    ['You have built it up in your head.', 'minimizing'],
    ["I don't have to take this from you.", 'defensive'],
    ['Stop looking at me like a criminal.', 'defensive'],
    ['Things got carried away at the party.', 'justification'],
    ['You make it sound like I did it on purpose.', 'defensive'],
    ['I am not some sort of monster.', 'defensive'],
    ['Can we put it to bed now?', 'rushing'],
    // the blind21 round's shapes, in other words
    ['Where is your proof?', 'defensive'],
    ["That's just not how it happened.", 'defensive'],
    ['Texting with him is not cheating.', 'defensive'],
    ["Don't lecture me about honesty when you lie to your mum.", 'counter_attack'],
    ['Stop playing the victim.', 'counter_attack'],
    ["Let's talk about how you spoke to me.", 'counter_attack'],
    ["I didn't want to spoil your holiday.", 'justification'],
    ["That's enough for tonight.", 'rushing'],
    ["I've already answered that.", 'rushing'],
    ["Isn't that a bit dramatic?", 'minimizing'],
    ['You need to calm down.', 'minimizing'],
    ["You're being so unfair.", 'counter_attack'],
    ['You never let anything go.', 'counter_attack'],
    ['What about you? You lied too.', 'counter_attack'],
  ])('%j → %s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });
});

describe('analyzeReply stays quiet on validating replies', () => {
  it.each([
    "You're not overreacting. I hear you.",
    'You’re not being paranoid. You found real lies.',
    "I won't ask you to move on. Take all the time you need.",
    "I know it's not in the past for you.",
    "I'm not going to make excuses.",
    "I'm sorry I told you to get over it. That was cruel.",
    'You don’t have to get over this on any schedule.',
    "I'm not going to tell you to calm down.",
    "It's fine to bring it up again, as often as you need.",
    "We'll move on only when you're ready.",
    'I carried on like nothing happened, and that was cruel.',
    'Her name hurts, I know. I won’t mention her.',
    'I’ll be honest about the tiny stuff too.',
    'What about you, how are you holding up?',
    // the blind24 pass: caring questions, reassurance and reported words
    'And what about you? How are things at work?',
    'You never asked to be part of this mess.',
    'You always said the truth mattered more than anything. You were right.',
    'You asked if you were overreacting about the gym. You were not.',
    "If you never want to go back to that pub, we won't.",
    "I don't think you're being unreasonable at all.",
    'Give me ten minutes to calm down and I’ll come back to this.',
    '',
  ])('%j', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('analyzeReply offsets', () => {
  it.each([
    ['Honestly? You’re overreacting.', 'minimizing', 'You’re overreacting'],
    ['Fine. Can we just move on', 'rushing', 'Can we just move on'],
  ])('%j points %s at %j', (text, kind, words) => {
    const finding = analyzeReply(text).findings.find((f) => f.kind === kind);
    expect(finding && text.slice(finding.start, finding.end)).toBe(words);
  });

  it('offers a validating phrasing', () => {
    expect(analyzeReply('Get over it.').findings[0]?.suggestion).toBeTruthy();
  });
});
