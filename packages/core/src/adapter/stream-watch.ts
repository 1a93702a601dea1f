/** What a stream watcher tells its owner. */
export interface StreamWatch {
  /**
   * The stream ended (`complete`) or broke (`interrupted`: a read error, or the caller
   * cancelled), with whether the observer failed on some event. Awaited before the caller
   * sees the end.
   */
  end(how: 'complete' | 'interrupted', observerFailed: boolean): Promise<void>;
  /** Nobody can read the stream any more: it was garbage-collected before it ended. */
  abandoned(): void;
}
