import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the apology coach. */
export const APOLOGY_MODEL: LearnedModel = {
  threshold: 1.25,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -2,
      weights:
        '3k3j4qpj4j3kk4jirp1hp2k2h4ko2j1o1q1o7o3o2o2r1i13p2io2p1po4p1q4o1kk6jqgn5lj8kp1o1p1o1p3kpo2k2jn1ok1p2l1qsttno2h2jj2oq1jqojks1q1p1oqi3q1nj1q3o1oq1ik5or1oj1p1o1ijqkkqi5kp1o2o3qn1h1klj2k1jkqj1pqpkp2ikkkl1h2joik2np4o1j1k1h2o5kphjk1j1o2k2p1n2o1k2ri1pjqko1ji1j1op1l2jq1j1oq5qkj2jjjp3kik1pn1o1lq1pp2p3koppo1qkp1q1q2pj1h2kkikh1jk4r1j4kir3kq1pg1o2o2o1o1k1ji1p1kk1k1k2o3jj1q1ilp3p1q1k2o1q1k3hi1ko1o1op1ojk1qnk1lkhs2ophj2q3i3kqijkj1pn4n1qj2ppnkjik8p3o4j1qkipq1qjq2inhj1i5o1khj4iikq1u1p1kk1k1jk3o1i1o3k2kj1jo1ij4t1j2o1k1qq1s5k1o3rqo1kk3ol1k2qkr1qo1npp5k1h9kj1orop3l2o3k1jknj1k7po2iiph1rj2ijijk2poo6pn1jj2n2kjjjo4l1i1j1i5k',
    },
    blame_shift: {
      bias: -1.3,
      weights:
        '50t43i12g7i8ig20p19j7ii17h2i33s2j41i6r41j29q4i2i8i7i11i4g1ir1h14ij3h2j6i5j4i24r10i29f13t9i2q2i32j3h13h3i10i1i1i15t11h13i22r11i12ij12s3g27g14h47g',
    },
    conditional: {
      bias: -2.6,
      weights:
        '12j6j30f91r1p23q5j13i4p4j4q4k13k10j8q63q28i9p16j48j1j2j2j1j11q8j1j6k6x8j9j18j11j13j1iq2j2j6j20j2j26q3q6j2ij19j9j1i8k4j22i4j6j23k19j41j5j2q38f',
    },
    non_apology: {
      bias: -1.2,
      weights:
        '12i39q18j52qr30i32i13i6r11i14h3s19i13j6i27g24h4i11i6i2q8g38qi1i1h5h12i23f13h4j18g4i20h1ih12h2h13i14s5i16i6r23i20i4t3p18h11h23i2h8j22gq13i3i7i8t10t8i',
    },
    minimizing: {
      bias: -0.9,
      weights:
        '12i39q21q30p18ii30i17i6i3i3h10h32k33h6i20i4g24i11r21r36i1h12j1h2h2r14j9h22j6k18h2h11h18p8r6j3i11n3i7j2qt17h14g3i9r1j9i1h6h6h14q16r2h12i13h3hs45h8i',
    },
    justification: {
      bias: -1.4,
      weights:
        '12j37i23i32i48h2s6j7igii7i6s3k1t14g19h1g1i1h1i24j8h25s23i36i7h8h10i18j1h1i2i2h1i14i7g6i39i9j1g4t19h2h30j7i18h14i19g11g17i23j3i10h18i1s14i50hg',
    },
    self_focus: {
      bias: 0,
      weights:
        '115i9h24j23hggh7h5h4r1g23i16q41s19i20s2i11h16j15kg29h9h4g4s9h12i31i16h2h11h13h13h22h10i22h6ip2p1h15h1h11f6p29f23i14i1h1i3q8i14g14q21h6p3g7h9ii19h',
    },
    pressure: {
      bias: -2.6,
      weights:
        '35g71h7r34k22i3j7r6ih2h1i1i7q4k25i4r79qh24i1h1k16t5q18r13j4jj2j1j20r33qk15s2i15i9i5j7j1h8q7s7q7k3ip3j23k3t15j11j48j43j9k19i11k16j3t7h2q6q',
    },
    vague: {
      bias: -1.4,
      weights:
        '38j103h49h5g11i11j7h10i15i3h17i5i20j30h2s4i13i36g5i12ti2i14i9i22i27ii4i6j8i2h10qi5r3g12if13h3gi17s10i31s6i1jg3h22g11s23i4h1qi25s8i6h20hh10h7q',
    },
  },
};
