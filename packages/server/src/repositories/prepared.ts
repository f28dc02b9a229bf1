import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from '../db/schema';

/** An argument: a value, a row (a flat object of values), or a list of rows. */
type Arg = unknown;

/** Where a compiled parameter comes from: argument `arg` (and its row `row`, field `key`), or a constant. */
type Slot = { arg: number; row?: number; key?: string } | { value: unknown };

interface Shape {
  compiled: CompiledQuery;
  slots: Slot[];
}

const stand = (i: number, row?: number, key?: string) => `\u0000mend:${i}:${row ?? ''}:${key ?? ''}\u0000`;

/** The shape of the arguments that decides the SQL: which fields a row has, how many rows a list has. */
function shapeOf(args: readonly Arg[]): string {
  return args
    .map((a) => {
      if (Array.isArray(a)) return `[${a.map((r) => Object.keys(r as object).join(',')).join(';')}]`;
      if (a !== null && typeof a === 'object') return `{${Object.keys(a).join(',')}}`;
      return '.';
    })
    .join('|');
}

/** Stand-ins for the arguments (each value a unique string), and the slot each stand-in stands for. */
function standIns(args: readonly Arg[]): { standing: Arg[]; where: Map<unknown, Slot> } {
  const where = new Map<unknown, Slot>();
  const at = (slot: Extract<Slot, { arg: number }>) => {
    const text = stand(slot.arg, slot.row, slot.key);
    where.set(text, slot);
    return text;
  };
  const standing = args.map((a, arg) => {
    const row = (r: object, n?: number) =>
      Object.fromEntries(
        Object.keys(r).map((key) => [key, at(n === undefined ? { arg, key } : { arg, row: n, key })]),
      );
    if (Array.isArray(a)) return a.map((r, n) => row(r as object, n));
    if (a !== null && typeof a === 'object') return row(a);
    return at({ arg });
  });
  return { standing, where };
}

function valueAt(args: readonly Arg[], slot: Slot): unknown {
  if ('value' in slot) return slot.value;
  const a = args[slot.arg];
  if (slot.key === undefined) return a;
  const row = (slot.row === undefined ? a : (a as unknown[])[slot.row]) as Record<string, unknown>;
  return row[slot.key];
}

/**
 * A query built and compiled once per shape of its arguments, then run with new values. Kysely builds
 * and compiles every query anew — for the session lookup's five joins ~50-100 us here, against ~5 us to
 * run it compiled — so the few queries every alert (and every request) runs are kept compiled.
 *
 * `build` must use its arguments only as values: no arithmetic on them and no choices by them, so that
 * the SQL is the same for every call of one shape (rows: the same fields; lists of rows: the same
 * length). It is called once per shape and dialect with stand-ins, and each stand-in is found again
 * among the compiled parameters; an argument that does not come back as a parameter is refused.
 */
export function prepared<A extends Arg[], R>(build: (db: Kysely<Database>, ...args: A) => Compilable<R>) {
  // Per dialect (its adapter's class): SQLite and PostgreSQL compile the same query differently, and
  // tests run both in one process.
  const byDialect = new Map<unknown, Map<string, Shape>>();
  return async (db: Kysely<Database>, ...args: A): Promise<QueryResult<R>> => {
    const dialect = db.getExecutor().adapter.constructor;
    let shapes = byDialect.get(dialect);
    if (!shapes) {
      shapes = new Map();
      byDialect.set(dialect, shapes);
    }
    const key = shapeOf(args);
    let shape = shapes.get(key);
    if (!shape) {
      const { standing, where } = standIns(args);
      const compiled = build(db, ...(standing as A)).compile();
      const slots = compiled.parameters.map((p) => where.get(p) ?? { value: p });
      const used = new Set(slots);
      if ([...where.values()].some((slot) => !used.has(slot)))
        throw new Error(`prepared query: an argument is not a parameter (${key})`);
      shape = { compiled, slots };
      if (shapes.size < 64) shapes.set(key, shape);
    }
    const parameters = shape.slots.map((slot) => valueAt(args, slot));
    return db.executeQuery<R>({ ...shape.compiled, parameters });
  };
}
