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
        'qqoggokiioqgsiigqgiiiqqikkogosiseqgegikiok1qoqikeqqoqqkqqgigegqgeiqsisqkqsissqiikgqoqqioqiqosiggiskoiigqqqkiiqqogsqiqiqsksqisigggigsigqkgqeokissqgeisgokiqiiiqiggqgiioqgoqqqqgqiqsoo1ooeskiigikkqoqegqsgqgqgiqiqossoqigoiiiqiqkgiqiiooqkokqqqoisooqkgkqiqsikoeqsogqqoeoqgqkiiqiqikqqqgggigqqiiuqoskigsqoigksgqigiiqiiigggigqgsqogeqigookgkqiigqiqgqiiqkkeigogggkekokgigsqiiikqqiisqqiqiikkqokgoqiqkkqoigq',
    },
    defensive: { bias: -0.9, weights: '1u3s4i22u35u2i36s3e7u2g23g21g8u1s28g9g28g5u20g5g35g17g17g11s11g' },
    minimizing: { bias: -0.6, weights: '33e42g20g18e2s4s9se12s49g13g7g7i26g7e12s5g3g7g33g30ge10g11s5e' },
    counter_attack: { bias: -0.7, weights: '1g3e25s1g63g15g34g16g13g4g22g27s20g18e6es2g28g12g22e2q6g7c8u3i' },
    justification: {
      bias: -0.8,
      weights: '1g10g20g8g26g18e24e2u4g12g37s6gg19g14i4i14g40g5g10q5i26s7s19e18g',
    },
    rushing: { bias: -1.2, weights: '12g13i6g42u5g31i1e2g1g21i35g40g25g35u3s1g29gi33sg15s7g4gi4e' },
  },
};
