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
        'is3s3ii18i1i1u8q8q18u2i2i35s3eq6ui1g6i2g6iii2i1g12i8g8uis16i1g8qg4s4g11i7i8igi1i1iu2i1g15g5gi22g6i4g5i9ig1g1i3i8s1gg4q6s12giig3s6i',
    },
    minimizing: {
      bias: -0.6,
      weights:
        '16s14i1e10i23g3is3g6g15g3i7i3si1e2s1g2s6g2sg1q4q3i1s8i3i2qg26i5g8g1i2i7g7i11s8ggi4g4i2e10i1s5eg2g1i5gi3s1i4g8s6g5g14i16ggi9g2i5i2qs1i1gig',
    },
    counter_attack: {
      bias: -0.9,
      weights:
        '1g3e6g16i1s1g8i12i17i7ig10i6g15g7g2i6i2gg7s4g16g6i4i1gsi2g7s4gg1s6i2q4i9i8is4i2i4g1u5gg3i2q1g9g6gs2g3i10s4s6g1g6i5g5g2g4i9g2q6g7e3i5u3g2i6s',
    },
    justification: {
      bias: -0.7,
      weights:
        '1g10g20g8g8i18g2i16e3gi4k7i7g2u1gi1g2g6s2gg5ii5g8q3s8s1s4i1gg1i9i5i1g9g4i3gi4q6i2g2i1i6g8g4i15g5gg4u4qgi3g21ii3s8s9i9e4g6i7gs4s1g3i1ii',
    },
    rushing: {
      bias: -1,
      weights:
        '1i6i3g13g2i3g15q2g24uq5g7i13q1s3i4i1e2g1g2ii5i2g7iig3i17q3gqi2i3e1i8i19g9g11q2i4i6gg2i9s2g7g10ug2s1i4i7i4g11gi10i21i1sg4i1i7is2s5g4ggi3g',
    },
  },
};
