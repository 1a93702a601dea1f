import type { OutputStream } from './cli-io.js';

const ESC = '\u001b[';

/**
 * Draws frames of text in place on a terminal: the alternate screen, cursor hidden, each
 * frame written from the top-left with every line cleared to its end and the rest of the
 * screen cleared below. Rendering stays a pure function elsewhere; this only positions it.
 */
export class TerminalScreen {
  readonly #out: OutputStream;
  readonly #alternate: boolean;
  #open = false;

  /** @param alternate use the alternate screen (watch) or draw in the main one (demo, whose last frame should stay). */
  constructor(out: OutputStream, alternate: boolean) {
    this.#out = out;
    this.#alternate = alternate;
  }

  get width(): number {
    return this.#out.columns ?? 80;
  }

  get height(): number {
    return this.#out.rows ?? 24;
  }

  /** Hides the cursor (and enters the alternate screen) once; then draws the lines. */
  draw(lines: readonly string[]): void {
    if (!this.#open) {
      this.#open = true;
      this.#out.write(`${this.#alternate ? `${ESC}?1049h` : ''}${ESC}?25l${ESC}2J`);
    }
    this.#out.write(`${ESC}H${lines.map((line) => `${line}${ESC}K`).join('\n')}\n${ESC}J`);
  }

  /** Restores the cursor (and the main screen). Safe to call twice. */
  close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#out.write(`${ESC}?25h${this.#alternate ? `${ESC}?1049l` : ''}`);
  }
}
