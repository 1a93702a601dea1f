import { checkedVerdict } from './event-verdict.js';
import { sseScanner } from './scanner-for.js';
import type { ServerSentEvent } from './sse-events.js';
import type { ScannerFactory } from './stream-scanner.js';
import type { StreamWatch } from './stream-watch.js';
import type { EventVerdict, ResponseObserver } from './types.js';

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
 * A stream of our own in front of a body whose framing its SDK re-reads into a response of
 * its own (Bedrock's event streams); server-sent events are watched on the body itself (see
 * `WatchedBody`). A streamed body passed through as the caller pulls it: its bytes go on untouched (only an
 * event the observer hides is cut out), each event is shown to `observer` as it is read,
 * without buffering, and `watch` is told how the stream ended. `scan` reads the body's
 * framing (server-sent events unless told otherwise); framing it cannot read counts as an
 * observer failure (the call is charged its hold).
 */
export function watchStream(
  body: ReadableStream<Uint8Array>,
  observer: ResponseObserver,
  watch: StreamWatch,
  scan: ScannerFactory = sseScanner,
): ReadableStream<Uint8Array> {
  let observerFailed = false;
  // An observer that fails on an event must not break the caller's stream: the event is
  // passed on, and the call is charged its hold (the most it could cost) at the end.
  const keeps = (event: ServerSentEvent): EventVerdict => {
    if (observerFailed) return true;
    try {
      return checkedVerdict(observer, event);
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
  /** The caller's side of the stream: the scanner passes bytes on to it. */
  let target: ReadableStreamDefaultController<Uint8Array> | undefined;
  let passedOn = false;
  const scanner = scan(
    keeps,
    (bytes) => {
      passedOn = true;
      target?.enqueue(bytes);
    },
    () => {
      observerFailed = true;
    },
  );
  const watched = new ReadableStream<Uint8Array>({
    start(controller) {
      target = controller;
    },
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
          scanner.flush();
          // Settled before the caller sees the end, so status() is exact after the loop.
          await end('complete');
          controller.close();
          return;
        }
        passedOn = false;
        scanner.push(result.value);
        if (passedOn) return;
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
