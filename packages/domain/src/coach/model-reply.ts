import type { LearnedModel } from './learned';

// Written by train.ts from the labelled corpus (not the held-out blind4/blind5 files). Do not edit by hand.
/** The learned layer of the reply coach. */
export const REPLY_MODEL: LearnedModel = {
  threshold: 1.55,
  kinds: {
    defensive: {
      bias: -2.4,
      weights:
        'done 1.5|but 1.5|said 1.5|said_i 1.4|? 1.4|thi_again 1.4|do 1.3|way 1.3|forever 1.2|everyth 1.2|i_? 1.2|again 1.2|^_that 1.2|never 1.2|sorry_you 1.1|i_word 1.1|i_done 1.1|that 1.1|but_you 1.1|was -1.1|word 1.1|anyth 1|already 1|you_want 1|^_seriously 1',
    },
    minimizing: {
      bias: -1.9,
      weights:
        'you_not -2.1|i -2|^_i -1.7|overreact 1.5|its_not 1.5|you_being 1.5|being 1.4|text 1.3|its 1.3|? -1.1|and -1.1|^_it 1|to -1|so_paranoid 1|babe 0.9|^_your 0.9|^_you 0.9|honestly 0.9|literally 0.9|at 0.9|^_that -0.8|^_babe 0.8|it_not 0.8|time -0.8|^_at 0.7',
    },
    counter_attack: {
      bias: -4,
      weights:
        'youve 1.4|try 1.3|alway 1.1|^_i -1.1|what_about 1.1|thing 1.1|either 1|you 1|done 1|not_exactly 1|exactly 1|you_? 0.9|never 0.9|the_one 0.9|one_who 0.9|easy 0.9|who 0.9|so 0.9|^_if 0.8|perfect 0.8|perfect_either 0.8|maybe 0.8|it -0.8|? 0.8|not 0.8',
    },
    justification: {
      bias: -3.6,
      weights:
        'was 1.9|people 1.6|i_was 1.4|need_someone 1.3|mistake 1.3|make 1.3|because 1.3|^_the 1.1|was_lonely 1.1|someone 1|lonely 1|mind 1|you_know 1|^_work 0.9|work_was 0.9|you -0.9|work 0.9|reason_it 0.9|happen 0.9|were 0.8|she 0.8|because_i 0.8|i_need 0.8|reason 0.7|^_you -0.7',
    },
    rushing: {
      bias: -2.3,
      weights:
        'thi 2.2|past 1.7|^_i -1.5|again 1.4|we 1.4|you -1.3|the_past 1.3|let 1.2|i -1|go 1|^_not 1|been 1|not_tonight 1|tonight_i 1|point 1|its_been 1|? 1|that -1|tonight 1|over 0.9|keep 0.9|stop 0.9|talk_about 0.8|thi_? 0.8|hav 0.8',
    },
  },
};
