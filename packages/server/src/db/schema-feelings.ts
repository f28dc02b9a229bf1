// Tables of the feelings feature; `Database` in schema.ts extends this interface.

/** Every feelings table, as Kysely sees them. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature grows
export interface FeelingsTables {}
