import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the statement coach. */
export const STATEMENT_MODEL: LearnedModel = {
  threshold: 0.8,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -1.7,
      weights:
        'sg4oi5ikoig3qi8s4oqi1qg2ii4q1o5qi1soq1k4kik1kqs5kk2q2o1iq2gqi1iok1kqk2ii2ooii1ik1o1kiq1k1qiii1k1i3qk3gi1g1ikqo1kiiq2i5kok2o1go1k2gk1ki3kiieiii1q2o2oikq1g1q2i2iugqii2qq2k3i1i2qk3iqsgisq10iik2iso1qqqio1ioq1q3qg1qk2s3qog2siii3iik2kikiioqi1ki2o1i2eiisgg1o1giqgkioiq2q2oqig1k2qk1isoig1ki1i1ii1o1ko1uqiiiq1oi1iggiqikoo1sq1qsq1k1i2iki1q1gi2igq3siqiokq1kgosik2ggsq2o3i3ikkk2iigsg1iq1q1g4i4i1q2kgg1e1i1ii1io1iokg1qo1ii2ig1i1qigqg1iiqii1o1eeqkks1iiioso1oigk1igq1iki1i2qsii2g1ko1kiiiikgiigo1iikkkg1iii2oi1iii1iqqioqiig2ii1gq1i2iiko1qk4iig1s2g2iik2q1i4iqqos',
    },
    accusation: {
      bias: 0.1,
      weights: '128q94g18g2g21q2s3i1g19g40i8g14g17e19e27g10s27g19q21s14g21e2s15gg86s',
    },
    absolute: { bias: -2, weights: '75ss62y75w19i5qi23u7s1i14ss53g2i7i9g11i49u3i11q20i69q2u24s87i' },
    character_attack: {
      bias: -1.6,
      weights: '100g100s13g7u18u2s22g7u19u32s7q8s14s17w19us2s23s38u56u15g5u2i16u55s',
    },
  },
};
