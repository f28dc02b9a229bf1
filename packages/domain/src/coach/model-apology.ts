import type { LearnedModel } from './learned';

// Written by train.ts from the labelled corpus (not the held-out blind6/blind7 files). Do not edit by hand.
/** The learned layer of the apology coach. */
export const APOLOGY_MODEL: LearnedModel = {
  threshold: 0.95,
  kinds: {
    blame_shift: {
      bias: -3.8,
      weights:
        'in 17|she 15|^_i -15|we_both 12|but_you 12|both 11|we 10|year 9|sorry_i 9|^_we 9|had 9|push_i 9|and_she 9|push 9|by_then 9|marriage 9|made 9|thi 8',
    },
    conditional: {
      bias: -5,
      weights:
        'if 24|sorry_if 15|if_i 14|whatever 11|any 10|caus 9|for_whatever 9|came 9|hurt 8|upset_you 8|the -8|have_caus 8|pain 8|caus_you 7|i_did 7|may_have 7|apologize 7|i_apologize 7',
    },
    non_apology: {
      bias: -4.3,
      weights:
        'upset 18|time 16|sorry_you 16|apologis 15|i_apologis 15|? 14|ok_? 13|way 13|i_to 12|^_are 12|ok 11|sorry 10|that_you 10|now_? 10|regret_that 10|but 9|the -9|that 9',
    },
    minimizing: {
      bias: -3.5,
      weights:
        'i -16|only 15|^_it 13|really 12|it 12|anyth 10|an 10|a 10|to -10|^_i -9|being 9|you -9|but 8|sorry_for 8|it_was 8|^_sorry 8|know_i 8|think 8',
    },
    justification: {
      bias: -4.3,
      weights:
        'i_was 15|never 13|work 13|^_work 13|you -13|was 12|did_it 12|and_she 11|so 11|she 11|after 9|you_were 9|lonely 9|she_was 9|^_the 9|someone 8|and 8|were_never 8',
    },
    self_focus: {
      bias: -4,
      weights:
        '^_thi 15|barely 15|is 14|you_know 14|every 13|too_you 13|ruin 12|been 12|sorry -11|too 11|i_been 11|touch 10|to_live 10|that -10|live 10|like_the 9|cry 9|hate_i 9',
    },
    pressure: {
      bias: -3.1,
      weights:
        'forgive_i 18|forgive 18|please 15|thi 15|hope 14|i_hope 14|chance 14|we 12|again 11|i_again 11|give 10|let 10|us 10|to_trust 10|go 10|trust_i 10|enough 9|one 9',
    },
    vague: {
      bias: -3.3,
      weights:
        'happen 23|you -21|thing 16|sorry_for 15|for_i 14|regret 13|i_regret 13|sorry_about 13|everyth 12|it_not 11|for 11|got 11|they 10|situation 10|the_situation 10|some 9|your -9|for_everyth 9',
    },
  },
};
