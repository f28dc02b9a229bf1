import type { LearnedModel } from './learned';

// Written by train.ts from the labelled corpus (not the held-out blind4/blind5 files). Do not edit by hand.
/** The learned layer of the statement coach. */
export const STATEMENT_MODEL: LearnedModel = {
  threshold: 0.95,
  kinds: {
    accusation: {
      bias: -3.4,
      weights:
        '^_i -2.8|^_you 1.8|^_why 1.5|care 1.3|i 1.3|is 1.2|why 1.2|pretend 1.1|you 1.1|you_lied 1.1|? 1|all 1|think 1|and_i -1|respect 1|not_care 0.9|the -0.9|our_family 0.9|youve 0.9|a -0.9|you_only 0.9|only 0.9|not_respect 0.8|respect_i 0.8|not_even 0.8',
    },
    absolute: {
      bias: -3.2,
      weights:
        'never 2.8|alway 2.7|^_i -1.9|you_alway 1.8|you_never 1.5|constantly 1.4|you_constantly 1.4|noth_i 1.2|every 1.1|promise 1.1|^_not 1.1|once 1|^_every 0.9|phone 0.9|^_noth 0.9|lie 0.9|^_youve 0.9|change 0.8|youll 0.8|youve 0.8|not_once 0.8|you_lie 0.8|time 0.8|promise_you 0.8|have_you 0.7',
    },
    character_attack: {
      bias: -0.8,
      weights:
        'i -2.3|a 1.6|disgust 1.5|you_disgust 1.4|not -1.4|^_i -1.3|you_not -1.2|selfish 1.2|so 1.1|^_you 1.1|pathetic 1.1|you_so 1.1|marry 1|i_marry 1|was -1|such 1|such_a 1|coward 0.9|cheat 0.9|about -0.9|sick 0.9|you_cheat 0.9|you_a 0.9|have -0.9|when_it 0.9',
    },
  },
};
