// A chunk's output as UTF-8, encoded piece by piece (one file's text at a time) into one growing
// buffer. Encoding a file's text while it is still in the processor's cache, instead of the whole
// chunk's text at the end (a string of tens of thousands of joined pieces that has to be made flat
// first), took about half the time for the long CSV (measured for issue 24).

/** The most bytes one UTF-16 code unit can become in UTF-8 (a lone surrogate: U+FFFD, three bytes). */
const MAX_BYTES_PER_UNIT = 3;

export class Utf8Builder {
  private bytes: Uint8Array;
  private length = 0;
  private static readonly encoder = new TextEncoder();

  /** Starts in `buffer` (memory of an earlier output, to reuse) or in new memory of `capacity` bytes. */
  constructor(buffer?: ArrayBuffer, capacity = 1 << 16) {
    this.bytes = new Uint8Array(buffer ?? new ArrayBuffer(capacity));
  }

  append(text: string): void {
    const need = this.length + text.length * MAX_BYTES_PER_UNIT;
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += Utf8Builder.encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  /** What was appended, as a view of the memory (which moves with it to another thread). */
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}
