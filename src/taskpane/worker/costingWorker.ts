// The costing worker's entry (webpack entry "costingWorker", a dedicated Web Worker the task pane starts per job):
// the engine's heavy work runs here, off the pane's thread, which keeps painting and can end it at once (Cancel).
import { costingHost } from "./host";
import type { FromWorker, ToWorker } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const handle = costingHost((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
