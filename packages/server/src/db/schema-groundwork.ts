// Tables of the groundwork feature; `Database` in schema.ts extends this interface.

/** Every groundwork table, as Kysely sees them. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature grows
export interface GroundworkTables {}
