import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the reply coach. */
export const REPLY_MODEL: LearnedModel = {
  threshold: 1.25,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -0.8,
      weights:
        'ol1ppph1pkih1pj1qko6kopk3ippq1r1r1jn1pkj1lq1p1o1l1k2q1q3p1l3j1qp1pipqj2ofjogg1n1l2o2s1jqpj2qp2qppp1o1kkqij1op2poo2ok1p3j2r1o1l4ji1s1pkkpji1hr2iq2k2k5opi1kqo2iq5jro1j1r1r1k1r1kj1p1p4ri1lk7hq1l2i2k2o2g1r1q1pp2lor8pi5i1q4kp5p1ki2ii2koi5j1oq1ppppr1pl4lq4n4qq1oqo2p1p2k1oo1jlijk3hqj1ophq2o1qi5j4ojp1j1q2j1qn2o6r2k2qo2r1k2oqk3h1k3oj2o4ooi4pk1pk2k1j1o2kp2o2o2q7k3pnq1k1p2ko1liqp1o2po1n3j1i1qko5qo2p2ko4pso2hpool2gp3p3j2p1j3r1k2oq1nj1koqoo1h1ili4o3oqp4p2sq1pl1r1lo1o3qo3oii1l3rr3qj3j3r1olki2pj1iq2n1ho2rsih7qh7ono1ni2i3pn2i2n2q1o2p3phpjn1i5i1hp2no3p1p4oh1kikp4j1pi2rorkk6j1k7po1r2jkpn1pjikjpn1ki1onnnol4lqioj1n2oq',
    },
    defensive: {
      bias: -0.7,
      weights: 'i3s3t26h13i135r23s90j15h23s3s13h85r7h9h30g2h43s54g10i66g120h12g2i18h',
    },
    minimizing: {
      bias: -0.7,
      weights: '44j13h96h49s15h12r25i50g150h30g2h4s38hh40i1r10g4h14r21s115f40h8h4j15h',
    },
    counter_attack: {
      bias: -1,
      weights: '4j30i1s13s50i22i79h10i17i78j100i10g63s6q29t14h29i28s5i2h41s21g85o13i33t',
    },
    justification: {
      bias: -0.8,
      weights: '4h57j3i41j5h28i14h39u10h134h13r38i41i47i1j18t9h7h13h19h13h26h4r8i8j',
    },
    rushing: { bias: -2.3, weights: '8g40p10r59r84i15u12h1u71i2q39i40i100v7i81r11t4j124j12h3t15rg54i11q2i' },
  },
};
