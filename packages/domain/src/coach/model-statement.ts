import type { LearnedModel } from './learned';

// Written by train.ts from the labelled corpus (not the held-out blind6/blind7 files). Do not edit by hand.
/** The learned layer of the statement coach. */
export const STATEMENT_MODEL: LearnedModel = {
  threshold: 0.95,
  kinds: {
    accusation: {
      bias: -3.4,
      weights:
        '^_i -28|^_you 18|^_why 15|care 13|i 13|is 12|why 12|pretend 11|you 11|you_lied 11|? 10|all 10|think 10|and_i -10|respect 10|not_care 9|the -9|our_family 9|youve 9|a -9|you_only 9|only 9|not_respect 8|respect_i 8|not_even 8',
    },
    absolute: {
      bias: -3.2,
      weights:
        'never 28|alway 27|^_i -19|you_alway 18|you_never 15|constantly 14|you_constantly 14|noth_i 12|every 11|promise 11|^_not 11|once 10|^_every 9|phone 9|^_noth 9|lie 9|^_youve 9|change 8|youll 8|youve 8|not_once 8|you_lie 8|time 8|promise_you 8|have_you 7',
    },
    character_attack: {
      bias: -0.8,
      weights:
        'i -23|a 16|disgust 15|you_disgust 14|not -14|^_i -13|you_not -12|selfish 12|so 11|^_you 11|pathetic 11|you_so 11|marry 10|i_marry 10|was -10|such 10|such_a 10|coward 9|cheat 9|about -9|sick 9|you_cheat 9|you_a 9|have -9|when_it 9',
    },
  },
};
