import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the statement coach. */
export const STATEMENT_MODEL: LearnedModel = {
  threshold: 2.8,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -0.1,
      weights:
        'q2k1k5kqg15uq3ko1e3kk5k2gisg1i1kg5k1ok1q4e2i1kgi2g2i1ogqo3gk2k2eg2q2i6iok3o4gig1g1geik4ok2o2k1k5ig3e2gooq4o4s1ssg1q2k2ki1i4g2k1gi1i1i4o1gi1gg4ig3g1o7sgiq3ko1g1sik1gg1qo2sg2sg1eg2gsk2o3giggi6gqi1g1kg4ig1i1oigi2ie1i1o1ceskko1ogk1ii1i1oug2g1iqeekigegigi2gkeqie1g5kk1kkkk1kg2k3k1ii2ggo',
    },
    accusation: { bias: -0.3, weights: '29u37i2i21g37q7s4g23g16g3q51q6q4g7q4q9u3q37g9q3s8se17s4q17i' },
    absolute: { bias: -1.2, weights: '30s10s28q9i62s23g1g9i13u29g36g2s1i1u7g19u30s9i4g6i3i5q2i2s21s' },
    character_attack: { bias: -0.5, weights: '29g78g34i23sg10g2g2i2i2g60u7g4i9e3g15g10g19g1i2gg7gu6s26g' },
  },
};
