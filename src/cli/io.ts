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
