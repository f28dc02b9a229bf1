import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the statement coach. */
export const STATEMENT_MODEL: LearnedModel = {
  threshold: 2.75,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -0.2,
      weights:
        'q1k5kok5iu6oo2uo6o1e3ii5k2gs2i1ki7e1s2i1q1e4g2g2i2kg1i2gsq3gk3egqq1i1o6ok3o3g1iigg1ie2o4k7e2kgg1g2g3e1kgoo4k3g1s1qo1q1kokkg5og3kg1eg1k5ge1kg1k1ig2go2k3okssig1goo1k1ge1q1g1sig2i2e2gsi6gggiqo4go5e3g4i1ioe1g2igi1ki1e1gi1oegiukk1g1igkkio1g4giqeeogk1geig2oieqi3gge3kgik1kk3k2oi2ggqkq',
    },
    accusation: { bias: -0.4, weights: 'u7g8u10u5s1s12s40s19s3q18q7s15q34q41s4u6s7i15u11e47q9i21q2q24q' },
    absolute: { bias: -0.8, weights: '7s16s4s4i1i16u15s4s12i2g35q46i10g39g9g4g6g7i3u30u35g3u9gs41q' },
    character_attack: {
      bias: -0.3,
      weights: 'g6g16g9g18g15g20g18g12g34g14e11g2e6g44g6g7s15e18g16g22e5e3g8g27g',
    },
  },
};
