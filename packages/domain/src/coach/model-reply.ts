import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the reply coach. */
export const REPLY_MODEL: LearnedModel = {
  threshold: 2.65,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -1.1,
      weights:
        'oqgiiiqg1sikigqgiqqiiqqiiokosiukqiggooioiqioqqiqkeqqsqiosqgkgsiqcigegqigsisqekkquiqiqg1gqiqqqkqqgsoqqiggiuiiiqokiggsqsqiqqiqqskguggigggisiesiigsiokskesikgeqiggiiqqigsiggsei1qiqqqqqgqikqsqogqkiiogigqqqeogqqoggqggqkqsuqqieoggiiqkgqkioqkiiqqiissqoqqqgskqqeqsoiqsiqqggiqkisgqiiqsqgiiggsoigiuqkggsoqigioiiqsigisiieiiqigigiiiieqgiqsieiqieoikgiikggqgqoiogkiegoggqgeekqg1ggssgqikqeqqiqqiqsigoiqssiikkqigsio',
    },
    defensive: {
      bias: -0.8,
      weights:
        'gs26g3u8i19g12u4ig1g1g1s2i17i7s1gq2g3u2g7g2g10g10g7i7g5ii2u2q2g3g3i12sgi3s18g1ii2gg4i2u5g4g2q3g1g6gq14g3g16i10q1i4s4i1i4i11e1s2s8s3g1g3i2s2q4g',
    },
    minimizing: {
      bias: -0.6,
      weights:
        'oi30e5g6i15g12g4s2g1g5g14g1i14g1sg2u7g2s3q2gq2g14i6g5g10g7g3i1g9g2g7e14ggs7i1i2g3g1g7g5u6gg3g4ggg6is3ge4g9s5g7e15ge9g2ge10g2g3gss3g4e1e',
    },
    counter_attack: {
      bias: -0.8,
      weights:
        '6g2g14i3g1s1g5g8i3q1q2q4g10g5gi2g1g5g3q10g11g2i4i2g7i2g10s10g10g2i2gi3kig1g1g3g3s1i20g4is9ss3i1g10gg4gi3g15s4e4g1s11s5s6g2g7g5g7i22g11g1g2s2g3i6q',
    },
    justification: {
      bias: -0.9,
      weights:
        '1g6ig20g1g10g17g1i10g4i2s1g10g4i6i1k7g3w1g1g2g7s2g6g4i13s10gsis5g15i1i1g4i3ig4g7s7g4i3u2g1iq6g1gg6i5g6ig8si8g3g11i14s17i1q7g4gs4g6ggg3g2i2g',
    },
    rushing: {
      bias: -0.2,
      weights:
        '9g15i2g1g1e10g1i6g3g4s12g7g1u1g3e1i4g17g2i2gg1eg2g7g2g6g31sg6ge1g3g19gggg3g3g11g2g1g4e1e2i6g1u4q4g10gg3s4g9g3g5g13e6g10q8g7e4g5g2g1g2gs2g2e3g',
    },
  },
};
