// "The ledger tables changed": the one signal the task pane and the custom functions share. Both run in one
// JavaScript runtime (the shared runtime), but webpack builds them as two bundles (taskpane.js, functions.js),
// each with its own copy of this module, so the listeners live on globalThis under a registered symbol: a
// write from the pane reaches the functions' ledger copy in the other bundle.
import { JOURNAL_TABLES } from "../workbook/schema";
import { normalizeCaption } from "../workbook/captions";
import type { WorkbookPort } from "../workbook/port";

interface Hub {
  readonly listeners: Set<() => void>;
}

const KEY = Symbol.for("inventory-costing.ledger-changed");

function hub(): Hub {
  const g = globalThis as unknown as Record<symbol, Hub | undefined>;
  return (g[KEY] ??= { listeners: new Set() });
}

/** Says the ledger tables changed (or may have): every listener is called, now. */
export function ledgerChanged(): void {
  for (const listener of [...hub().listeners]) {
    try {
      listener();
    } catch {
      // a listener's failure is its own; the others still hear of the change
    }
  }
}

/** Calls `listener` on every ledgerChanged(); returns how to stop. */
export function onLedgerChanged(listener: () => void): () => void {
  const h = hub();
  h.listeners.add(listener);
  return () => void h.listeners.delete(listener);
}

const journalOnly = new Set(JOURNAL_TABLES.flatMap((t) => [t.caption, t.excelName].map(normalizeCaption)));

/**
 * The port, saying ledgerChanged() after each write that may change the ledger: every write but those to the
 * Revaluation Journal and the Posting Log (which are not read as the ledger). Said when the write ends, also
 * when it fails (part of it may have been written).
 */
export function signallingLedgerWrites<P extends WorkbookPort>(port: P): P {
  return new Proxy(port, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      if (prop === "readTable" || prop === "constructor") return method.bind(target);
      return (...args: unknown[]) => {
        const name = typeof args[0] === "string" ? normalizeCaption(args[0]) : "";
        const result = method.apply(target, args);
        if (journalOnly.has(name) || !(result instanceof Promise)) return result;
        return result.finally(ledgerChanged);
      };
    },
  });
}
