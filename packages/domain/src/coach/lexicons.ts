// The three coaches' rules, imported through this one module so that the bundle keeps them side by side: the
// apology and reply lexicons share many words and phrases, and gzip only finds a repeat within 32 KB, so with the
// matching engine and the learned models between them (as when each coach imported its own lexicon) the coach chunk
// was ~0.8 KB larger (decision 020, fourth part of the 2026-12-06 round).
export { APOLOGY_RULES, APOLOGY_TEXTS } from './apology-lexicon';
export { PART_RULES } from './apology-parts';
export { REPLY_RULES, REPLY_TEXTS } from './reply-lexicon';
export { STATEMENT_RULES, STATEMENT_TEXTS } from './statement-lexicon';
