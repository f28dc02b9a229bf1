import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the statement coach. */
export const STATEMENT_MODEL: LearnedModel = {
  threshold: 0.35,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -1.3,
      weights:
        'qki5j6io3jpq13rp3poor9p6n1i1p1h1r1op2o9krr7io1k2q3p1i1o2rl1jp1kjkpjk5pk6ik1olq3p1os2i1j5sj1k2g1i1hjkqo9kjpp2k2po3k3jp1k3qkj2o5i2i3k1i1lpk1iihg1kk1qn1p3joohj1k1q2i5thk1kl3pp3l14i1h3pkk1jsji1onqp7k6k2j1q2pk2soqokpp2por2p1p2k1hk1l1po3lrpj1k1kp1j1jjp7n4k3k2kp1qj2k2i2p3i1h2fliri1ni4pj1pi1jlphkqn3q1j1rh4l2pjlojprjh3onl1j1in1p2jppso1oi1kq4j1jh1ihpknoq2oopr4ni4k1ji2q2ik1o1gqh2kqgpj2iq2jhksj2jjrnr3ko1p1j3ikk1jhrk1n1oo2p2i4p2h3ikq2lhj1h1ji1j4ko2iihp1ik4j1gq2hq2n1khi1jj1o2ro1k1n1s2jnnjr1oo1p1h3h1jq1k2i1kipj1j1oos2j1g1k1p1pjihej1k3o1p2i2kj1jihhiknp1j1ljojop1o1h5j1no6khkk2np1j2l3jhopqk5j2kq1i3ojqph1os',
    },
    accusation: { bias: -0.3, weights: 'r171r68r65g35r7si4g76t8h31r19sf51r2r16r8t18g43s20f33s1p94s8t20i' },
    absolute: { bias: -2.4, weights: '86st72y33j72v3g35i33tw8hr20t57i24g18j20hs26i33w16q5g14i86r8i96i' },
    character_attack: {
      bias: -0.9,
      weights: '116i23s19i146u34g14s73s2h23g37re27s70t5h10i43r3u15r5i11i8r76h7h11h30g',
    },
  },
};
