// The streams the command line writes to; process.stdout/stderr in the executable, buffers in tests.
export interface OutStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
}

/** Line-oriented printing helpers over a stream. */
export function printer(stream: OutStream): (line?: string) => void {
  return (line = "") => {
    stream.write(line + "\n");
  };
}

/**
 * A process stream whose reader may go away (`costing ... | head -1`): once writing fails (EPIPE), the rest of
 * the output is dropped and the command goes on to the end, its work saved, without a stack trace.
 */
export function pipeSafe(stream: NodeJS.WriteStream): OutStream {
  let closed = false;
  stream.on("error", () => {
    closed = true;
  });
  return {
    write: (chunk: string) => (closed ? false : stream.write(chunk)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}
