import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the reply coach. */
export const REPLY_MODEL: LearnedModel = {
  threshold: 2.7,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -1.1,
      weights:
        'qqoggokiioqgsiigqgiiiqqikkogosiseqgegikiok1qoqikeqqoqqk1qqgigegqgeiqsisqkqsissqiik1gqoqqioqiq1osiggiskoiigqqqkiiqqogsqiqiqsksqisigggigsigqkgqeokissqgeisgokiqiiiqiggqgiioqgoqqqqgqiqsoo1ooeskiigikkqoqegqsgqgqgiqiqossoqigoiiiqiqkgiqiiooqkokqqqo1isooqkgkqiqsikoeqsogqqoeoqgqkiiqiqikqqqgggigqqiiuqoskigsqoigksgqigiiqiiigggigqgsqogeqigookgkqiig1qiqgqiiqkkeigogggkekokgigsqiiikqqiisqqi1qiikkqokgoqiqkkqoigq',
    },
    defensive: {
      bias: -0.8,
      weights:
        'is3s3ii18i1i1u6i1q8q18u2i2i35s3eq5qui1g6i2g6iii2i1g12i6i1i8ugs15ii1g8qg4s4g11i7i8igi1i1iu2i1g4i7i2g5gi5i9i6g6i4g5i9ig1i1i3i8s1gg2i1q6s12giiii2q6i',
    },
    minimizing: {
      bias: -0.6,
      weights:
        'oi9k4q4q9i1e10i23g3is3g6g15g3i7i3si1e1is1g2s6g2sg1q4q3i1s8i3i2qg18q7i5g8g1i2g7g7i3i7s8ggi4g4i2e10i1s5eg2g1i4igi3s1g4g8s6g5g14i4i11ggi9g2i5i1gqs1i1gig',
    },
    counter_attack: {
      bias: -0.8,
      weights:
        '1g3e4i1g16i1s1g3g4i8i3i17i2i4ig10i6g15g7g2i6i2gg7s4g16g6i4i1gsi2g7s4gi1s6i2q4i9i6i1is4i2i4giu5gg3i2q1i9g6gs2g3i2i7s4s6g1g6i5g5i2g4i2i6g2q4i1g7e3i5u3gi1i6s',
    },
    justification: {
      bias: -0.7,
      weights:
        '1g10g3g16g3i4g8i18g2i2s13e3ii4i6ii7g2u1gi1gk1g6s2gg5ii5g8q3q7ks1s4i1gg1i9i5i1g9g4i3gi4q6i2g2i1i6g8g4i15g5gg4s4qgi3g1i19ii3s8s9i9e4g6i5i1gs3ks1ii2i1ii',
    },
    rushing: {
      bias: -1.2,
      weights:
        '1i6i3g13g2i3g15q2g24uq5g7i1o11q1s3i4g1e2g1g2ii5i2gq6iii3i17q3iqi2i3e1i8i16i2g9g11q1ii4g6gg2i9s2g1o5g3q6ug2s1ii3i7i4i11gi6i3i21i1sg4i1i7gs1qs5gi3ggi3g',
    },
  },
};
