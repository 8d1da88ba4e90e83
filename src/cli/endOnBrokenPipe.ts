/** `ask … | head -1`: once the reader has gone (EPIPE), there is no one left to answer; end quietly with 0. */
export function endOnBrokenPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`cannot write the output: ${err.message}\n`);
    process.exit(1);
  });
}
