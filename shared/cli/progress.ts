// Progress on stderr: one line rewritten in place on a terminal, a line every few seconds in a log.
export interface Progress {
  update(message: string): void;
  done(message?: string): void;
}

export function progressLine(stream: NodeJS.WriteStream = process.stderr, everyMs = 2000): Progress {
  const tty = Boolean(stream.isTTY);
  // A quick operation prints nothing; a long one shows where it is every few seconds.
  let last = Date.now();
  let shown = '';
  return {
    update(message) {
      if (tty) {
        stream.write(`\r${message}\x1b[K`);
        shown = message;
        return;
      }
      const now = Date.now();
      if (now - last >= everyMs) {
        stream.write(`${message}\n`);
        last = now;
      }
    },
    done(message) {
      if (tty && shown) stream.write(`\r\x1b[K`);
      if (message) stream.write(`${message}\n`);
      shown = '';
    },
  };
}
