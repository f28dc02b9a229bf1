import type { LearnedModel } from './learned';

// Written by train.ts from the labelled corpus (not the held-out blind6/blind7 files). Do not edit by hand.
/** The learned layer of the reply coach. */
export const REPLY_MODEL: LearnedModel = {
  threshold: 1.15,
  kinds: {
    defensive: {
      bias: -2.4,
      weights:
        'done 15|but 15|said 15|said_i 14|? 14|thi_again 14|do 13|way 13|forever 12|everyth 12|i_? 12|again 12',
    },
    minimizing: {
      bias: -1.9,
      weights:
        'you_not -21|i -20|^_i -17|overreact 15|its_not 15|you_being 15|being 14|text 13|its 13|? -11|and -11|^_it 10',
    },
    counter_attack: {
      bias: -3.7,
      weights:
        'youve 13|try 13|^_i -12|because 12|alway 11|what_about 11|you 11|thing 10|either 10|the 9|not_exactly 9|exactly 9',
    },
    justification: {
      bias: -3.6,
      weights:
        'was 19|people 16|i_was 14|need_someone 13|mistake 13|make 13|because 13|^_the 11|was_lonely 11|someone 10|lonely 10|mind 10',
    },
    rushing: {
      bias: -2.3,
      weights:
        'thi 22|past 17|^_i -15|again 14|we 14|you -13|the_past 13|let 12|i -10|go 10|^_not 10|been 10',
    },
  },
};
