import type { LearnedModel } from './learned';

// Written by train.ts from the labelled corpus (not the held-out blind4/blind5 files). Do not edit by hand.
/** The learned layer of the apology coach. */
export const APOLOGY_MODEL: LearnedModel = {
  threshold: 0.55,
  kinds: {
    blame_shift: {
      bias: -3.8,
      weights:
        'in 1.7|she 1.5|^_i -1.5|we_both 1.2|but_you 1.2|both 1.1|we 1|year 0.9|sorry_i 0.9|^_we 0.9|had 0.9|push_i 0.9|and_she 0.9|push 0.9|by_then 0.9|marriage 0.9|made 0.9|thi 0.8|have 0.8|part_in 0.8|but 0.8|felt_like 0.8|in_it 0.8|she_was 0.8|fault 0.8',
    },
    conditional: {
      bias: -5,
      weights:
        'if 2.4|sorry_if 1.5|if_i 1.4|whatever 1.1|any 1|caus 0.9|for_whatever 0.9|came 0.9|hurt 0.8|upset_you 0.8|the -0.8|have_caus 0.8|pain 0.8|caus_you 0.7|i_did 0.7|may_have 0.7|apologize 0.7|i_apologize 0.7|sorry 0.7|may 0.7|i_apologise 0.7|apologise 0.7|^_if 0.6|have 0.6|if_it 0.6',
    },
    non_apology: {
      bias: -4.3,
      weights:
        'upset 1.8|time 1.6|sorry_you 1.6|apologis 1.5|i_apologis 1.5|? 1.4|ok_? 1.3|way 1.3|i_to 1.2|^_are 1.2|ok 1.1|sorry 1|that_you 1|now_? 1|regret_that 1|but 0.9|the -0.9|that 0.9|are 0.9|regret 0.9|i_regret 0.9|you 0.9|sorry_it 0.9|^_sorry 0.8|i_sorry 0.8',
    },
    minimizing: {
      bias: -3.5,
      weights:
        'i -1.6|only 1.5|^_it 1.3|really 1.2|it 1.2|anyth 1|an 1|a 1|to -1|^_i -0.9|being 0.9|you -0.9|but 0.8|sorry_for 0.8|it_was 0.8|^_sorry 0.8|know_i 0.8|think 0.8|know 0.8|it_not 0.7|we 0.7|honestly 0.7|text 0.7|just 0.7|noth 0.7',
    },
    justification: {
      bias: -4.3,
      weights:
        'i_was 1.5|never 1.3|work 1.3|^_work 1.3|you -1.3|was 1.2|did_it 1.2|and_she 1.1|so 1.1|she 1.1|after 0.9|you_were 0.9|lonely 0.9|she_was 0.9|^_the 0.9|someone 0.8|and 0.8|were_never 0.8|crazy 0.8|sorry_i 0.8|a_moment 0.8|moment_of 0.8|it_because 0.8|baby 0.8|did 0.7',
    },
    self_focus: {
      bias: -4,
      weights:
        '^_thi 1.5|barely 1.5|is 1.4|you_know 1.4|every 1.3|too_you 1.3|ruin 1.2|been 1.2|sorry -1.1|too 1.1|i_been 1.1|touch 1|to_live 1|that -1|live 1|like_the 0.9|cry 0.9|hate_i 0.9|for_thi 0.9|hate 0.9|i_hate 0.9|ruin_everyth 0.9|like 0.9|you -0.9|thi 0.8',
    },
    pressure: {
      bias: -3.1,
      weights:
        'forgive_i 1.8|forgive 1.8|please 1.5|thi 1.5|hope 1.4|i_hope 1.4|chance 1.4|we 1.2|again 1.1|i_again 1.1|give 1|let 1|us 1|to_trust 1|go 1|trust_i 1|enough 0.9|one 0.9|^_i -0.9|i_? 0.9|past 0.9|youll 0.9|? 0.8|^_its 0.8|fresh 0.8',
    },
    vague: {
      bias: -3.3,
      weights:
        'happen 2.3|you -2.1|thing 1.6|sorry_for 1.5|for_i 1.4|regret 1.3|i_regret 1.3|sorry_about 1.3|everyth 1.2|it_not 1.1|for 1.1|got 1.1|they 1|situation 1|the_situation 1|some 0.9|your -0.9|for_everyth 0.9|hadnt 0.9|hadnt_been 0.9|of 0.9|^_sorry 0.8|a -0.8|mistake 0.8|i_got 0.8',
    },
  },
};
