import { describe, expect, it } from 'vitest';
import { analyzeStatement } from './statement';

const kindsOf = (text: string) => analyzeStatement(text).findings.map((f) => f.kind);

describe('analyzeStatement finds', () => {
  it.each([
    ["You don't care about me.", 'accusation'],
    ['You did this on purpose.', 'accusation'],
    ['You make me feel crazy.', 'accusation'],
    ['I feel like you don’t care.', 'accusation'],
    ['This is all your fault.', 'accusation'],
    ['You never listen.', 'absolute'],
    ["You're always on your phone.", 'absolute'],
    ['Every single time I ask, you walk away.', 'absolute'],
    ['You’re a liar.', 'character_attack'],
    ['you selfish pig', 'character_attack'],
    ['You are so pathetic.', 'character_attack'],
    ['What kind of man does that?', 'character_attack'],
    // the 2026-12-07 round (blind18's shapes, in other words)
    ['Snake.', 'character_attack'],
    ['Slimy little creep!', 'character_attack'],
    ['I bet you think this is funny.', 'accusation'],
    ['The only reason you stay is the kids.', 'accusation'],
    ['You lie non-stop.', 'absolute'],
    ['All you ever do is take.', 'absolute'],
    ['What sort of father does that?', 'character_attack'],
    ['Toxic!', 'character_attack'],
    ['You pretended to love me.', 'accusation'],
    // blind20's shapes, in other words
    // the blind21 round's shapes, in other words
    ['Let me guess: another late meeting.', 'accusation'],
    ['If you really cared you would have told me.', 'accusation'],
    ["I'm sure you'll say I'm imagining it.", 'accusation'],
    ["You're counting the hours until this blows over.", 'accusation'],
    ['Always an excuse.', 'absolute'],
    ['Late again. Always late.', 'absolute'],
    ['You came home drunk night after night.', 'absolute'],
    ['You go to the casino every payday.', 'absolute'],
    ['When it gets hard, you walk out. Every time.', 'absolute'],
    ['You total pervert.', 'character_attack'],
    ["You're a sad little drunk.", 'character_attack'],
    ['I married such a weak little man.', 'character_attack'],
    ['You are just waiting for me to give up.', 'accusation'],
    ['You still have feelings for your ex.', 'accusation'],
    ['You were relieved when I left.', 'accusation'],
    ["You're hiding something from me.", 'accusation'],
  ])('%j → %s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });
});

describe('analyzeStatement stays quiet on I-statements and context', () => {
  it.each([
    'I felt dismissed when you checked your phone while I was talking.',
    'When you lied to me about the trip, I felt betrayed. I need the whole truth.',
    'When you called me paranoid, I felt small.',
    'I felt like an idiot for believing it.',
    "I don't think you're a bad person.",
    "I'm not calling you a liar. I'm telling you I'm scared.",
    'I never want to feel this way again.',
    'I need you to always tell me when she contacts you.',
    'We walked the dog. The baby slept.',
    'When you said you were waiting for me, I felt calm.',
    'I felt like a snake in my own home.',
    // praise and reassurance are not absolutes (the blind21 round)
    "You've always been a brilliant mum.",
    'You never have to hide a bad day from me.',
    'I need you to call me when you land. Every time.',
    "We always said we'd go to Lisbon. Maybe next spring?",
    'Every time I see that café I feel a bit sick.',
    "I'm angry with you. I'm not leaving, though. Not tonight.",
    // the blind24 pass: an I-statement's "when you…", a request that is not an absolute
    'I go cold inside when you are hiding something from me.',
    "I'm not asking you to always know the right thing to say.",
    "I'm not saying you never tried.",
    "I won't hold it over you forever.",
    '',
  ])('%j', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('analyzeStatement offsets', () => {
  it.each([
    ['Honestly, you never listen.', 'absolute', 'never'],
    ['Ugh. You’re a liar.', 'character_attack', 'You’re a liar'],
    ['And you don’t care about me', 'accusation', 'you don’t care'],
  ])('%j points %s at %j', (text, kind, words) => {
    const finding = analyzeStatement(text).findings.find((f) => f.kind === kind);
    expect(finding && text.slice(finding.start, finding.end)).toBe(words);
  });

  it('suggests the When you…, I feel…, I need… shape', () => {
    expect(analyzeStatement("You don't care.").findings[0]?.suggestion).toContain('I feel');
  });
});
