// Where each entry was read ("ILE:<no>" -> its table and row), for the engine's problem messages. Kept as two
// plain arrays per table (keys and row numbers, in row order); the lookup map of a table is built only when a
// problem asks for a row of it, so a million entries cost a few megabytes, not a map of a million objects.
import type { SourceRef } from "../engine/model";

type Key = number | string;

class TableSources {
  private readonly keys: Key[] = [];
  private readonly rows: number[] = [];
  private index: Map<Key, number> | undefined;

  constructor(
    readonly label: string,
    /** Which row a repeated key names: its first ("first") or its last ("last"). */
    private readonly repeat: "first" | "last",
  ) {}

  add(key: Key, row: number): void {
    this.keys.push(key);
    this.rows.push(row);
    this.index = undefined;
  }

  row(key: Key): number | undefined {
    if (!this.index) {
      const index = new Map<Key, number>();
      for (let i = 0; i < this.keys.length; i++) {
        if (this.repeat === "last" || !index.has(this.keys[i])) index.set(this.keys[i], this.rows[i]);
      }
      this.index = index;
    }
    return this.index.get(key);
  }

  *entries(prefix: string): Generator<[string, SourceRef]> {
    const seen = new Set<Key>();
    for (const key of this.keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      yield [`${prefix}:${key}`, { table: this.label, row: this.row(key)! }];
    }
  }
}

/** A read-only map from "ILE:<no>", "VE:<no>" and "ITEM:<no>" to the row each was read from. */
export class SourceIndex implements ReadonlyMap<string, SourceRef> {
  private readonly tables = new Map<string, TableSources>();

  /** The rows of one table, under `prefix`: entry numbers (ILE, VE) or item numbers (ITEM). */
  table(prefix: string, label: string, repeat: "first" | "last"): { add(key: Key, row: number): void } {
    const t = new TableSources(label, repeat);
    this.tables.set(prefix, t);
    return t;
  }

  get(key: string): SourceRef | undefined {
    const colon = key.indexOf(":");
    if (colon < 0) return undefined;
    const t = this.tables.get(key.slice(0, colon));
    if (!t) return undefined;
    const rest = key.slice(colon + 1);
    // Entry numbers are kept as numbers: "ILE:7" names entry 7 ("ILE:07" names none, as the key was written).
    const n = Number(rest);
    let row = t.row(rest);
    if (row === undefined && rest !== "" && String(n) === rest) row = t.row(n);
    return row === undefined ? undefined : { table: t.label, row };
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    let n = 0;
    for (const _ of this.entries()) n++;
    return n;
  }

  *entries(): MapIterator<[string, SourceRef]> {
    for (const [prefix, t] of this.tables) yield* t.entries(prefix);
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<SourceRef> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, SourceRef]> {
    return this.entries();
  }

  forEach(fn: (value: SourceRef, key: string, map: ReadonlyMap<string, SourceRef>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}
