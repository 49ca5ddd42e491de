/** A one-line progress bar on a TTY; on pipes each file gets its own plain line instead. */
export class ProgressBar {
  private last = 0;
  constructor(private readonly write: (s: string) => void) {}

  update(done: number, total: number, label: string): void {
    const now = Date.now();
    if (done < total && now - this.last < 80) return;
    this.last = now;
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    this.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}\x1b[K`);
  }

  finish(): void {
    this.write('\r\x1b[K');
  }
}
