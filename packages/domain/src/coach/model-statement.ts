import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the statement coach. */
export const STATEMENT_MODEL: LearnedModel = {
  threshold: 0.35,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -1.2,
      weights:
        'qkj5k6iol2jpq12ro3ooor9o5n1j1p1h1r1op2o8jqr7jn1k2q3p1j1o2rl1jp2klpkk5pk6jl1olq3p1os2k1j5skk2i1i1jklqo8kjpo2k2po3l3ko1k3qlj2o5j2j3l1j1lpl1jiii2k1qn1p3jooik1k1q2j6tik1ll3pp3l14j1j3qkl1jski1onqo7k6k2k1q2ok2roqokpp2por2p1p2k1jk1l1po4rpk1k1kq1kljko8n4l3k2lp1qj2l2i2p3j1i2hljrj2j4oj1pj1klohkqn3q1k1ri4l2pklnjpqki3onl1j1in2p2kooro1oi1kq4j1ki1jipknoq2oopr4ni2l1k1jj2q2ik1o1iqi2lqipj2jp2khlsk2kkq1r4ln1p1k1o2ikk1kisk1o1oo2p2i4o2i2jkl1q2lhj1i1ji1j3ko2jjip1jk4k1iq2iq2n1kij1kj1o2ro1k1n1s2jnnjr1oo1p1i2i1jq1k2j1kjoj1k1oor2k1h1k1p1kpjiigk1k3n1p2i2kj1jjiiik1pnj1lknjop1o1i5k2o6lilk2np1k2l3kjooqk5j2lq1j3okppi1or',
    },
    accusation: { bias: -0.3, weights: 'r167r53r28q51g35p7si4g74h11h31q20r52r2r16r20r8g43r52i1s1p94s8s20i' },
    absolute: { bias: -2.2, weights: '42j40st72w31j73v3h35i33tu8jr20t58j24h12k55i33u16p6i15j86q8i67j28j' },
    character_attack: {
      bias: -1.9,
      weights: '113i23s1s17k64j24p55u34i14r15j58t24q40sh27q37s34u5j10j43r3t15r15r1j7r',
    },
  },
};
