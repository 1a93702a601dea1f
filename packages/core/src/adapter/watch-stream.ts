import { type ServerSentEvent, SseSplitter } from './sse-events.js';
import type { ResponseObserver } from './types.js';

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

/**
 * Streams dropped unread: their watcher is told and the body they were reading is cancelled,
 * which closes the connection. The held value must not reference the stream itself.
 */
const dropped = new FinalizationRegistry<{
  reader: ReadableStreamDefaultReader<Uint8Array>;
  watch: StreamWatch;
}>(({ reader, watch }) => {
  watch.abandoned();
  reader.cancel().catch(() => undefined);
});

/**
 * A copy of an SSE body that shows each event to `observer` as the caller reads it, without
 * buffering, and passes on the events the observer keeps, telling `watch` how it ended.
 */
export function watchStream(
  body: ReadableStream<Uint8Array>,
  observer: ResponseObserver,
  watch: StreamWatch,
): ReadableStream<Uint8Array> {
  let observerFailed = false;
  // An observer that fails on an event must not break the caller's stream: the event is
  // passed on, and the call is charged its hold (the most it could cost) at the end.
  const keeps = (event: ServerSentEvent): boolean => {
    if (observerFailed) return true;
    try {
      return observer.event(event);
    } catch {
      observerFailed = true;
      return true;
    }
  };
  const reader = body.getReader();
  const token = { reader, watch };
  const end = (how: 'complete' | 'interrupted') => {
    dropped.unregister(token);
    return watch.end(how, observerFailed);
  };
  const splitter = new SseSplitter();
  const encoder = new TextEncoder();
  /** Passes on the events the observer keeps; true if anything was passed on. */
  const forward = (
    controller: ReadableStreamDefaultController<Uint8Array>,
    events: ReturnType<SseSplitter['push']>,
  ): boolean => {
    let text = '';
    for (const { raw, event } of events) if (keeps(event)) text += raw;
    if (text !== '') controller.enqueue(encoder.encode(text));
    return text !== '';
  };
  const watched = new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Read until something can be passed on: a pull that enqueues nothing is not called
      // again, so a chunk holding half an event (or only a hidden one) would stall the caller.
      for (;;) {
        let result: Awaited<ReturnType<typeof reader.read>>;
        try {
          result = await reader.read();
        } catch (error) {
          await end('interrupted');
          controller.error(error);
          return;
        }
        if (result.done) {
          forward(controller, splitter.flush());
          // Settled before the caller sees the end, so status() is exact after the loop.
          await end('complete');
          controller.close();
          return;
        }
        if (forward(controller, splitter.push(result.value))) return;
      }
    },
    async cancel(reason) {
      await end('interrupted');
      await reader.cancel(reason);
    },
  });
  dropped.register(watched, token, token);
  return watched;
}
