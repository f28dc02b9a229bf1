import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the reply coach. */
export const REPLY_MODEL: LearnedModel = {
  threshold: 2.8,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -0.1,
      weights:
        'q1qogi1oiggog2sg1iqi1kgiqqiikosiqeqgi1g2ki2skoq1q1kgqqq1oq3g1oqqki2i2oieige2io1siqqgkqqi2q1o1q2qii2gko2ook1q1q3i1q4q1kiiis2koiigq1q1iqoi4ok1qqiqq1q1kq1s1sg1qki1oigiiq3go4gq1og1i2q1q1kq1oi6og2ok1iqiii1ge2kqg6oqgoqqsqkqi3qi1o1s2qo1ooq1i1kii1kg1ggq1oqg2iqg3kgqi1g1qk8s2so1s1os4e1o1og2i3i1kk1qk2kgi1qk2i2o2qg1q1i2q1qk1o1o2gqo2qq4k1g1sq1o3s1i1oio1gosq1iooo2eoi2og1k1s1k2k1iq1i1qio1qoq1ggkg3qk2q2q2q1iksqoqkiiqs1q1qo1i1oig1k2q2qi2iq2i1iqoiikgi1gi1eqog3qsoie3qe5ook1g1ii2q1i1s1oi1oi1qigoi1i4g1g4go1q3g2gko2iii1o4q2sikk1io2q1qi1q2q1koqiik1iq1ki1o1oo1os1i1koioi1o1o',
    },
    defensive: { bias: -0.7, weights: 'i1s4u23i3u53s8g68g6s19e56g16u3s105e26g9u49g66g56g8e31g9g1i8s9i' },
    minimizing: { bias: -0.6, weights: '33g1e57q8g35g33s4s3g9s2e52g46i83e36g36s12g2g6g2q34g116g3ig15i4g' },
    counter_attack: {
      bias: -0.7,
      weights: '7e7g17s1g128g26g2g25g47g47i99g12q21g13g2s6g12g24s11i6i17g63g12g12u5i',
    },
    justification: {
      bias: -0.5,
      weights: '2g12g19g12g11g28g31e5g39u4e1g6g86g3g72i27g4e10s8e33g18e13e19i2g58s',
    },
    rushing: { bias: -1.1, weights: '7g27g19s56e38s13i6g8u9g2w42g30g47i61u19g30e35u2g8g10q109g6g13i20g15g' },
  },
};
