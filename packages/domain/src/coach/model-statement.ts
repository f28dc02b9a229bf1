import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the statement coach. */
export const STATEMENT_MODEL: LearnedModel = {
  threshold: 3.8,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -0.2,
      weights:
        'q2k1k5kqg15uq3ko1e3kk5k2gisgi1kg5i1ok1q4e2i1kg2g2i1ogq3gk2k2eg2q2i6iok3o4gig1g1geik4ok2o2k7ig3e2gooq4o4s1sqg1q2k2kg1i4g2k1gi1i1k4o1gi1gg4ig3g1o7siq3ko1g1sik1gg1qo2sg2sg1eg2gsk2o3giggi6gqi1g1kg4ig1i1oigi2ie1i1o1ceskko1ogk1ii2oug2g1iqeekigegigi2gkeqie1g5kk1kkk1kg2k3k1ii2ggq',
    },
    accusation: { bias: -0.4, weights: '29u5s30i23g36q7s4g23g16g36s14s3q5q4g7q4q9u3q37g13s7se17s4q16i' },
    absolute: { bias: -1.1, weights: '30s10s27q9i60s5g17i1g9i6i6u29g27i7g2s3u7g19u30s13g10i8i2s19gs' },
    character_attack: { bias: -0.4, weights: '35g46g22g58sg10g2g2i5g29g26g2u7g14e3g26g19e4gg6gu33i8g1g7g' },
  },
};
