import type { LearnedModel } from './learned';
import { MODEL_WORDS } from './model-words';

// Written by train.ts from every labelled file. Do not edit by hand.
/** The learned layer of the apology coach. */
export const APOLOGY_MODEL: LearnedModel = {
  threshold: 1.75,
  words: MODEL_WORDS,
  kinds: {
    '*': {
      bias: -1.9,
      weights:
        '3k3j4qpj4j3kk4iiorp1hq2k2h4jo2i1o1q1lo7o6o2r1ni13p2hn2p1po4pnq4o1jl6jqfn5lj2j5jq1o1p1o1q3jpn2lk2in1oj1q2ok1qsuuoo2g2jh2oq1iqojkt1q1p1oqh3q1niiq3p1pq1hk5os1oh1p1p1hjqkjqi5jp1o2o3q1g1k1j2k1jjqi1pppjp2ikkjk1h2johk2op4o1i1k1h8kphjk1j1p2k2p4p1k2rhlpiqko1ih1i1op1lk1kq1i1or5qjj2jjjq3hj1qo3kr1qp2o3kopoo1rkp1q1r2pi1h2kjhji1ik4r1j4jir3kq1qg1o2o2o1p1k1ii1p2j1j1j5ji1q1hkp3p1r1k2p1r1k3gi1lo1o1op2jj1qok1kkhs2ophj2q3j3jqijkj1pn4o1pi2ppkihk7p3o4j1q1hqp1qjq2ingj1ho2n2kgi3iihkq1uk1p1kk1i1ik3o1j1o3k2ki1jo1ii4t1h2o1j1qq1s5k1p3sq1o1jj3ok1i2qks1qo1oqp5j1f8kj1orno3l2o3j1iknj1k8p2iioh1ri2ijijk2ppo6po1gj5iijjo2klk1j1h1h5k',
    },
    blame_shift: {
      bias: -1.1,
      weights:
        '31j19t58f7i8hf33h16hg17h2h7j25t43i5gr57g13q4h2h8h7h10h6hr1f14hj3h2i6i10h49f9h4e13t9g2q2h32j3f11g3h10i1h1g14tj10g14g22r11h12h1k12s3g26f14g20g22i',
    },
    conditional: {
      bias: -2.3,
      weights:
        '51f24j51i16r16i9r6j13i2j4i1i4q4j24k71r28i4i4s16j47j1i2i2i1i11q8i1i13x10h2i4j17i11i13i1jr2i2i6i16ih2h2j24r3q9i2i16i11h9k4h22h11i31j12i46j2q11i7i18f',
    },
    non_apology: {
      bias: -1,
      weights:
        '12i60j53pq30h2h12h18h13h6r11i14i3s19h12j5gh41j10i4g18h2p8f5j31ri1h1g5h12i23d2g10h4i17f25h1jh12g2h13h14s20h6q22h21j4t22f11h7h19g8i21fs13h3i16t10tg7h',
    },
    minimizing: {
      bias: -0.4,
      weights:
        '12h18i25g69hh30i2r16h1f4h7g10f12h21f5h31i6g13h4e24h33r3h7h25f12i1g2h2r24h29j17f2g6g4g27r10h7g7h6g4t15f12f1g3i10i11f7h6f34f12i14g3hr44g8g8g9g8f18f11g',
    },
    justification: {
      bias: -1.1,
      weights:
        '12i38h107g2hs15hggh7i6s3k1t14f21f1h1h1h32h5h43h53h9i18j1i1h2h2g1h14h7g24g20j1f7i1g4s19g2gg9g19j7g16h3h10i3h14f11e10i3g27j14g19h1s14i49fg9ke',
    },
    self_focus: {
      bias: 1.1,
      weights:
        '118i9f24i8g16gdef11i8f23i16q60h23h28i8h6ke28f8gh3ff4r9h40f3h15f2g11h10i2h13h5f13e2h10g20h6h3q1g16h11e14h22f23h15h1g1i12h13g35gf9ge7fg8ii19g',
    },
    pressure: {
      bias: -2.2,
      weights:
        '110g17i24j18h2i2i2ij7r6hh2g1h1g12j25h83qg24i1h1k8j7u5p31g2i1hi2i1i70u2g6i4i3h9h5i3h5g8q7s7r11h3i11i14v14i11hh36i11h44j28h20h7j2hu7g2q6q',
    },
    vague: {
      bias: -1.2,
      weights:
        '3j141i29g3h23g11i11j7f4h1i3h15i3h16h5i20i33s4h25g37f4th2i14h32i24g1ih4h6i11h10ph5r2hg12ge6h6g3fh15r10i18h11s7h2g3g22f11s29g2h24s8i6g20ff10f7r',
    },
  },
};
