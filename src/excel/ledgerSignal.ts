// "The ledger tables changed": the one signal the task pane and the custom functions share, said by the ledger
// store (ledgerStore.ts) after a write or a change that may alter the ledger. Both run in one JavaScript
// runtime (the shared runtime) and one webpack runtime (webpack.config.js: runtime.js, shared.js), so this
// module, and its listeners, exist once.

const listeners = new Set<() => void>();

/** Says the ledger tables changed (or may have): every listener is called, now. */
export function ledgerChanged(): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch {
      // a listener's failure is its own; the others still hear of the change
    }
  }
}

/** Calls `listener` on every ledgerChanged(); returns how to stop. */
export function onLedgerChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
