/**
 * How a held call's reservation ends in the adapter kit: settled to its charge, or given back.
 * Neither ever fails the user's call, which the provider already answered: what cannot land
 * is charged its hold, retried, or reported lost.
 */
import { describeError } from '../describe-error.js';
import { InvalidAmountError, InvalidOptionsError, type ValidationIssue } from '../errors.js';
import { expectedIssue, invalidInput } from '../plain-data.js';
import { type Reservation, reportLostEnding } from '../reservation.js';
import type { Charge } from './types.js';

/**
 * Settles a call. Given no reservation or no charge object, throws `InvalidOptionsError` at
 * once (a bug of the caller, not a store failure). A settlement that cannot reach the
 * store is kept and retried by the budget. One that can never land (a store closed under the call) must not fail the user's
 * call, which was served: it is reported lost (a `settlement-lost` event, and
 * `budget.flush()` rejects with `SettlementLostError` listing it), with a process warning
 * only when nobody listens for that event. A charge the store refuses as bad input (a
 * pricer's amount that is not a decimal string of USD, a negative or NaN one, details that
 * cannot be stored) is an adapter bug: it must neither fail the user's call nor leave the
 * call uncharged with its hold leaked to the TTL. The call is charged its hold instead
 * (`partial`, `usage: 'unreadable'`, in its ledger entry and `settled` event), and the
 * refused charge is reported as a `TOLLGATE_SETTLE_ERROR` warning carrying the typed error
 * (`InvalidAmountError`, `InvalidOptionsError`).
 */
export function settleCharge(reservation: Reservation, charge: Charge): Promise<void> {
  // One cheap check: a charge that is no object would read as no amount and be settled as a
  // store error (a warning). A reservation that is none fails the call below, checked then.
  if (typeof charge !== 'object' || charge === null)
    throw settleArgumentsError(reservation, charge);
  try {
    return reservation
      .settle(charge.costUsd, charge.details)
      .then(settled, (error: unknown) => settleRefusedCharge(reservation, charge, error));
  } catch (error) {
    throw settleArgumentsError(reservation, charge) ?? error;
  }
}

function settled(): void {}

function settleRefusedCharge(
  reservation: Reservation,
  charge: Charge,
  error: unknown,
): Promise<void> | undefined {
  if (!(error instanceof InvalidAmountError || error instanceof InvalidOptionsError)) {
    reportLost(reservation, 'settle', charge.costUsd, error);
    return undefined;
  }
  const model: unknown = charge.details?.model;
  const details = { partial: true, usage: 'unreadable' } as const;
  return reservation
    .settle(
      reservation.amountUsd,
      typeof model === 'string' && model !== '' ? { model, ...details } : details,
    )
    .then(
      () =>
        process.emitWarning(
          `Tollgate refused a call's charge, so the call is charged its hold: ${describeError(error)}`,
          { code: 'TOLLGATE_SETTLE_ERROR', detail: `reservation ${reservation.id}` },
        ),
      (settleError: unknown) =>
        reportLost(reservation, 'settle', reservation.amountUsd, settleError),
    );
}

function isReservationLike(value: unknown): value is Reservation {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { settle?: unknown }).settle === 'function'
  );
}

/** What `settleCharge` throws at once when given no reservation or no charge; else `undefined`. */
function settleArgumentsError(reservation: unknown, charge: unknown): Error | undefined {
  const issues: ValidationIssue[] = [];
  if (!isReservationLike(reservation)) {
    issues.push(expectedIssue('reservation', 'a Reservation (budget.reserve(...))', reservation));
  }
  if (typeof charge !== 'object' || charge === null) {
    issues.push(expectedIssue('charge', 'a Charge ({ costUsd, details })', charge));
  }
  return issues.length === 0 ? undefined : invalidInput('settleCharge arguments', issues);
}

/**
 * Gives a failed call's hold back. A store that cannot be reached retries the release
 * itself; one that never can is reported lost like a settlement (its hold stays until its
 * time-to-live), never thrown over the provider's own error.
 */
export async function releaseHold(reservation: Reservation): Promise<void> {
  await reservation
    .release()
    .catch((error: unknown) => reportLost(reservation, 'release', '0', error));
}

function reportLost(
  reservation: Reservation,
  kind: 'settle' | 'release',
  actualUsd: string,
  error: unknown,
): void {
  if (reportLostEnding(reservation, kind, actualUsd, error)) return;
  const what = kind === 'settle' ? 'settle a call' : "release a call's hold";
  process.emitWarning(`Tollgate could not ${what}: ${describeError(error)}`, {
    code: kind === 'settle' ? 'TOLLGATE_SETTLE_ERROR' : 'TOLLGATE_RELEASE_ERROR',
  });
}
