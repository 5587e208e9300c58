// "The ledger tables changed": the one signal the task pane and the custom functions share, said by the ledger
// store (ledgerStore.ts) after a write or a change that may alter the ledger. Both run in one JavaScript
// runtime (the shared runtime), but webpack builds them as two bundles (taskpane.js, functions.js), each with
// its own copy of this module, so the listeners live on globalThis under a registered symbol.

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
