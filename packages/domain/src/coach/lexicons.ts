// biome-ignore-all assist/source/organizeImports: the export order is the order in the bundle, and gzip packs this one smallest (decision 020)
// The three coaches' rules, imported through this one module so that the bundle keeps them side by side: the
// apology and reply lexicons share many words and phrases, and gzip only finds a repeat within 32 KB, so with the
// matching engine and the learned models between them (as when each coach imported its own lexicon) the coach chunk
// was ~0.8 KB larger (decision 020, fourth part of the 2026-12-06 round). The apology's parts come after the reply
// lexicon: of the orders tried, gzip packs that one smallest.
export { APOLOGY_RULES, APOLOGY_TEXTS } from './apology-lexicon';
export { REPLY_RULES, REPLY_TEXTS } from './reply-lexicon';
export { PART_RULES } from './apology-parts';
export { STATEMENT_RULES, STATEMENT_TEXTS } from './statement-lexicon';
