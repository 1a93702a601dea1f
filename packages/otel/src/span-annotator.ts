import { type Span, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import type { LedgerEntry, RefusedEvent, StoreUnavailableEvent } from '@tollgate/core';
import { genAi, tollgate } from './attribute-names.js';
import { annotateSpan, operationOf, requestModelOf } from './call-attributes.js';

/** A span that still takes attributes: an ended or unsampled span is left alone. */
function recording(span: Span | undefined): Span | undefined {
  return span?.isRecording() === true ? span : undefined;
}

/**
 * Writes what Tollgate knows about a call onto the span that is active when the call is
 * held, charged or refused (the SDK's, a framework's or the application's). With a tracer
 * (`createSpans`), a call made outside any span gets a span of its own.
 */
export class SpanAnnotator {
  readonly #tracer: Tracer | undefined;

  constructor(tracer: Tracer | undefined) {
    this.#tracer = tracer;
  }

  /** A call was held. Starts its own span when asked to and none is active. */
  begin(): Span | undefined {
    if (this.#tracer === undefined || trace.getActiveSpan() !== undefined) return undefined;
    // Named for what is known now; renamed to "<operation> <model>" once the call is charged.
    return this.#tracer.startSpan('tollgate.call', { kind: SpanKind.CLIENT });
  }

  /** A call was charged: its own span if it has one, else the active span, takes the usage and the money. */
  settled(entry: LedgerEntry, own: Span | undefined): void {
    const span = recording(own ?? trace.getActiveSpan());
    if (span === undefined) return;
    annotateSpan(span, entry);
    if (own === undefined) return;
    const model = requestModelOf(entry);
    own.updateName(model === undefined ? operationOf(entry) : `${operationOf(entry)} ${model}`);
    own.end();
  }

  /** A call was released without a charge (it failed before any usage). */
  released(own: Span | undefined): void {
    own?.end();
  }

  /** A call was refused, or would have been (shadow mode): an event, and an error status when it was. */
  refused(event: RefusedEvent): void {
    const { refusal } = event;
    const code = event.code ?? 'BUDGET_EXCEEDED';
    const why =
      code === 'BUDGET_CLOSED'
        ? `Budget "${refusal.budgetId}" is closed, so it refused the call ($${refusal.requestedUsd} asked)`
        : `Budget "${refusal.budgetId}" refused the call: $${refusal.requestedUsd} asked, limit $${refusal.limitUsd}`;
    this.#mark(
      event.enforced ? tollgate.refusedEvent : tollgate.wouldRefuseEvent,
      {
        [tollgate.code]: code,
        [tollgate.budgetId]: event.budgetId,
        [tollgate.refusingBudgetId]: refusal.budgetId,
        [tollgate.limitUsd]: Number(refusal.limitUsd),
        [tollgate.spentUsd]: Number(refusal.spentUsd),
        [tollgate.reservedUsd]: Number(refusal.reservedUsd),
        [tollgate.requestedUsd]: Number(refusal.requestedUsd),
        [tollgate.enforced]: event.enforced,
      },
      event.enforced ? why : undefined,
      code,
    );
  }

  /** The store could not be reached for a hold: refused, or let through unheld. */
  storeUnavailable(event: StoreUnavailableEvent): void {
    this.#mark(
      tollgate.storeUnavailableEvent,
      { [tollgate.budgetId]: event.budgetId, [tollgate.enforced]: !event.allowed },
      event.allowed
        ? undefined
        : `The budget store could not be reached, so budget "${event.budgetId}" refused the call`,
      'STORE_UNAVAILABLE',
    );
  }

  /** Records an event; with an error message, also the error status and `error.type`. */
  #mark(
    name: string,
    attributes: Record<string, string | number | boolean>,
    error: string | undefined,
    code: string,
  ): void {
    let span = recording(trace.getActiveSpan());
    const own = span === undefined && this.#tracer !== undefined;
    if (own) span = this.#tracer?.startSpan(name, { kind: SpanKind.CLIENT });
    if (span === undefined) return;
    span.addEvent(name, attributes);
    if (error !== undefined) {
      span.setAttribute(genAi.errorType, code);
      span.setStatus({ code: SpanStatusCode.ERROR, message: error });
    }
    if (own) span.end();
  }
}
