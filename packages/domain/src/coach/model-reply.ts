import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the reply coach. */
export const REPLY_MODEL: LearnedModel = {
  threshold: 1.55,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -0.5,
      weights:
        'ol2pph1pjhh1pi1rko6jopj4iopq1r1r1in1pkj1kq1p1p1k2j2q1q3p1l3i1pp2pipqj2ofiogg1n1l2o2s1jqpi2qp2qqpq1o1kjqii1op2qoo2oj1p3i2r1o1l4jg1s1pk1kpjh1hr2iq3j2j5oph1kqo2iq5iso1j1r1r1k1s1ki1p1p4rh1kk7gq1l2i2j2o2f1r1q1pp2knq7ph5h1q4jp5p1ji2hh2joh5i1oq1ppppr1pl4lq4n4qq1oqo2p1q2k1op1jkgjk3fqi1opgqo1o1qh5j4ojpi1q2j1qn2o6r2k2qo2r1k2oqj3f1j3oi2o4ooi4pk1pk2j1j1ol1jp2o2o2q7i2pnq1k1p2ko1lgqp1o2po5i1h1qko5qo2p2jo4pspo1gpopl2gpk2p3j2q1j3r1k2orni1jpqoo1ghkh4o3oqpl3p2sq1pl1r2ko1o1qo3oih1k4rr3qi3j3r1pkjg2pi1gq2n1ho2rshf7qg7onp1oh1k1i3p3h2n2q1o2p3phpj2h4g1gp2no3p1p4of1kikp4i1pi2rorkk6j1k7po1r2ijpo1pihkiq2kh1onn1o5lqhoi1n2pq',
    },
    defensive: {
      bias: -0.5,
      weights: 'i3s3t27h13i139s5g6f10s89j15g27r106g9h29e2g29g13s52f77f74g45g12e6f14h',
    },
    minimizing: {
      bias: -0.5,
      weights: '45i14f67f29g51s15g12r25i49f149h29f2g4r6g31gg39i1r9f4g137g14f40g8g20f',
    },
    counter_attack: {
      bias: -0.5,
      weights: '4i3f27h1s66h22g81f28h48i28i99i10f43f25q29u14g6g22h10f15s8g63g68h30h33t',
    },
    justification: {
      bias: -0.1,
      weights: '4g59i3i42i5f21e6g14g41u6e3g133h93i29e18i3e14s9f7g13g19g13f7f16g140e',
    },
    rushing: { bias: -2.4, weights: '8f114r79g6h15u12g1r73r28g50h99v7h78f1s10t4i137f3t15re32r14h6g11q2g' },
  },
};
