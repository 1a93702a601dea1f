import { answerFromStream } from './answered-response.js';
import type { CallAnswer } from './call-answer.js';
import { foreignStream } from './foreign-response.js';
import { watchParsedBody } from './parsed-body.js';
import { scannerFor, sseScanner } from './scanner-for.js';
import type { ResponseObserver } from './types.js';
import { watchStream } from './watch-stream.js';
import { WatchedBody } from './watched-body.js';

/**
 * Makes `response` (a successful answer, the SDK's own object) show its usage to `answer`
 * as the SDK reads it: a server-sent event stream through the provider's own body object, a
 * stream of another framing (Bedrock's) through a stream of our own in front of it, and a
 * JSON body from its first read. Returns the watcher of an event stream, which the call
 * interrupts when its caller aborts; nothing for the others.
 */
export function watchAnswer(
  response: Response,
  answer: CallAnswer,
  observer: ResponseObserver,
): WatchedBody | undefined {
  const scan = scannerFor(response.headers.get('content-type') ?? '');
  // A stream of another fetch's response is watched as a web stream (see `foreignStream`).
  const body =
    scan === undefined
      ? null
      : response instanceof Response
        ? response.body
        : foreignStream(response);
  if (body !== null && scan === sseScanner) {
    // Read through the provider's own body object: the SDK reads it as it came.
    const watched = new WatchedBody(body, observer, scan, answer.streamWatch());
    watched.install(response);
    return watched;
  }
  if (body !== null && scan !== undefined) {
    // Other framings are re-read by their SDK into a new response of its own: a stream of
    // our own in front of the body serves it the same way.
    answerFromStream(response, watchStream(body, observer, answer.streamWatch(), scan));
    return undefined;
  }
  // The answer owns the JSON body's first read.
  watchParsedBody(response, answer);
  return undefined;
}
