import type {
  AdjustCommand,
  AdjustmentAction,
  AdjustmentEntry,
  AdjustOutcome,
  BudgetRefusal,
  BudgetSnapshot,
  LedgerEntry,
  LedgerRecord,
  ReserveCommand,
  ReserveOutcome,
  SettleCommand,
  SettlementDetails,
  SettleOutcome,
} from '@tollgate/core';
import {
  adjustmentEntry,
  budgetRefusal,
  budgetSnapshot,
  chainIds,
  decodeWindow,
  fixedToPico,
  fixedToUsd,
  type SettlementAmounts,
  type SettlementFacts,
  type StoredFigures,
  settlementAmounts,
  settlementEntry,
  topUpPastCap,
} from '@tollgate/core/store-kit';
import { linkAt } from './chain-args.js';
import { limbsToPico, toFixed } from './fixed-money.js';

// What the scripts answer, turned into core's types.

/**
 * A budget as a script reports it: parent, limit, window, spent, reserved, calls, window
 * start, and the closing time (empty while open; absent from figures written before
 * budgets could close).
 */
export type Fields = [string, string, string, string, string, string, string, string?];

/**
 * A budget as stored (`m` "limitD|limitP|spentD|spentP|reservedD|reservedP|calls|windowStart|closedAt"
 * and `d` "parent|window"), as the kit's figures.
 */
export function storedFigures(id: string, figures: string, definition: string): StoredFigures {
  const [limitD, limitP, spentD, spentP, reservedD, reservedP, calls, windowStart, closedAt] =
    figures.split('|');
  const [parent = '', window = ''] = definition.split('|');
  return {
    id,
    parentId: parent === '' ? null : parent,
    limit: limbsToPico(limitD, limitP),
    spent: limbsToPico(spentD, spentP),
    reserved: limbsToPico(reservedD, reservedP),
    calls: Number(calls ?? '0'),
    window: decodeWindow(window),
    windowStart: orNull(windowStart),
    closedAt: orNull(closedAt),
  };
}

/** A budget as a script reports it, as the kit's figures. */
export function fieldFigures(id: string, fields: Fields): StoredFigures {
  const [parent, limit, window, spent, reserved, calls, windowStart, closedAt] = fields;
  return {
    id,
    parentId: parent === '' ? null : parent,
    limit: fixedToPico(limit),
    spent: fixedToPico(spent),
    reserved: fixedToPico(reserved),
    calls: Number(calls),
    window: decodeWindow(window),
    windowStart: orNull(windowStart),
    closedAt: orNull(closedAt),
  };
}

/** A number field that is empty (or absent, in figures written before it existed) for none. */
function orNull(text: string | undefined): number | null {
  return text === undefined || text === '' ? null : Number(text);
}

/** The snapshot of a budget a script reported. */
export function toSnapshot(id: string, fields: Fields): BudgetSnapshot {
  return budgetSnapshot(fieldFigures(id, fields));
}

/** The refusal of a budget a script reported, with the script's `heldOnly` flag (`'1'`). */
export function toRefusal(
  budgetId: string,
  fields: Fields,
  requestedUsd: string,
  heldOnly: string,
): BudgetRefusal {
  return budgetRefusal(budgetId, fieldFigures(budgetId, fields), requestedUsd, heldOnly === '1');
}

/** The ledger entry of a settle, with the amounts a script applied (fixed form). */
export function ledgerEntry(
  command: SettleCommand,
  reservedFixed: string,
  actualFixed: string,
  facts: SettlementFacts,
): LedgerEntry {
  return settlementEntry(command, amounts(reservedFixed, actualFixed), facts);
}

/**
 * What the reserve script answers: admitted with the shadow refusals, refused by the link
 * at a 1-based position, ended (released first), or refused by a closed link.
 */
export type ReserveReply =
  | [admitted: 1, wouldRefuse: [position: number, fields: Fields, heldOnly: string][]]
  | [refused: 0, position: number, fields: Fields, heldOnly: string]
  | [ended: 2, leaf: Fields]
  | [closed: 3, position: number, fields: Fields];

/** The outcome of a reserve from the script's reply. */
export function reserveOutcome(command: ReserveCommand, reply: ReserveReply): ReserveOutcome {
  const { chain, amountUsd } = command;
  const refusal = (position: number, fields: Fields, heldOnly: string) =>
    toRefusal(linkAt(chain, position).id, fields, amountUsd, heldOnly);
  switch (reply[0]) {
    case 3:
      return { admitted: false, closed: true, refusal: refusal(reply[1], reply[2], '0') };
    case 2:
      // The reservation already ended (its release came first): nothing was held.
      return { admitted: false, ended: true, refusal: refusal(1, reply[1], '0') };
    case 0:
      return { admitted: false, refusal: refusal(reply[1], reply[2], reply[3]) };
    default:
      return {
        admitted: true,
        wouldRefuse: reply[1].map(([position, fields, heldOnly]) =>
          refusal(position, fields, heldOnly),
        ),
      };
  }
}

/** What the settle script answers: applied, or not (a repeat, or a settle after a release). */
export type SettleReply =
  | [applied: 1, reservedFixed: string, late: string, before: Fields[], after: Fields[]]
  | [applied: 0, tombstone: string, before: Fields[]];

/** The outcome of a settle from the script's reply; `actualFixed` is what it was asked to charge. */
export function settleOutcome(
  command: SettleCommand,
  actualFixed: string,
  reply: SettleReply,
): SettleOutcome {
  const ids = chainIds(command.chain);
  const snapshots = (list: Fields[]) =>
    list.map((fields, index) => toSnapshot(ids[index] ?? '', fields));
  if (reply[0] === 1) {
    const [, reserved, late, before, after] = reply;
    return {
      applied: true,
      entry: ledgerEntry(command, reserved, actualFixed, { late: late === '1' }),
      before: snapshots(before),
      after: snapshots(after),
    };
  }
  const [, tombstone, before] = reply;
  const recorded = tombstone.split('|');
  // A retry of a settlement that landed answers with what was recorded then; a settle
  // after a release answers like a late one, and changes nothing either way.
  const entry =
    recorded[0] === 's'
      ? ledgerEntry(command, recorded[1] ?? actualFixed, recorded[4] ?? actualFixed, {
          late: recorded[2] === '1',
          settledAt: Number(recorded[3]),
        })
      : ledgerEntry(command, toFixed(command.reservedUsd, 'up'), actualFixed, { late: true });
  const snapshotsBefore = snapshots(before);
  return { applied: false, entry, before: snapshotsBefore, after: snapshotsBefore };
}

/** What the adjust script answers: the figures before and after and the amount applied, or a refusal. */
export type AdjustReply = [Fields, Fields, string] | ['past-cap', string];

/**
 * The outcome of an administrative change from the script's reply. A top-up the script
 * refused for passing the cap throws the error the other stores throw (`topUpPastCap`).
 */
export function adjustOutcome(command: AdjustCommand, reply: AdjustReply): AdjustOutcome {
  if (reply[0] === 'past-cap') throw topUpPastCap(fixedToUsd(reply[1]), command.amountUsd);
  const [before, after, applied] = reply;
  const snapshotAfter = toSnapshot(command.link.id, after);
  return {
    entry: adjustmentEntry(command, {
      amountUsd: fixedToUsd(applied),
      limitUsd: snapshotAfter.limitUsd,
      spentUsd: snapshotAfter.spentUsd,
    }),
    before: toSnapshot(command.link.id, before),
    after: snapshotAfter,
  };
}

/** A settlement's amounts from the fixed form, with the overrun (never negative). */
function amounts(reservedFixed: string, actualFixed: string): SettlementAmounts {
  return settlementAmounts(fixedToPico(reservedFixed), fixedToPico(actualFixed));
}

/**
 * A ledger stream entry: a settlement (`e` "id|chain|reserved|actual|settledAt|late", `d`
 * the details) or an administrative change (`a`, see `adjustmentFromStream`).
 */
export function fromStream(flat: string[]): LedgerRecord {
  let facts = '';
  let adjustment: string | undefined;
  let details = '{}';
  for (let index = 0; index + 1 < flat.length; index += 2) {
    if (flat[index] === 'e') facts = flat[index + 1] as string;
    else if (flat[index] === 'a') adjustment = flat[index + 1] as string;
    else if (flat[index] === 'd') details = flat[index + 1] as string;
  }
  if (adjustment !== undefined) return adjustmentFromStream(adjustment, details);
  const [reservationId = '', chainText = '', reserved = '0', actual = '0', at = '0', late] =
    facts.split('|');
  const chain = chainText.split(',');
  return {
    reservationId,
    budgetId: chain[0] ?? '',
    chain,
    ...amounts(reserved, actual),
    settledAt: Number(at),
    late: late === '1',
    details: JSON.parse(details) as SettlementDetails,
  };
}

/** What an adjustment's `d` field keeps. */
export interface AdjustmentDetails {
  reason: string;
  actor?: string;
  requestedUsd: string;
}

/** The `d` field of a change's stream entry: what the entry keeps beyond its `a` facts. */
export function adjustmentNote(command: AdjustCommand): string {
  const details: AdjustmentDetails = { reason: command.reason, requestedUsd: command.amountUsd };
  if (command.actor !== undefined) details.actor = command.actor;
  return JSON.stringify(details);
}

/** An adjustment stream entry: `a` "adjustmentId|budgetId|action|amount|limit|spent|at". */
function adjustmentFromStream(facts: string, detailsText: string): AdjustmentEntry {
  const [adjustmentId = '', budgetId = '', action = 'close', amount, limit, spent, at = '0'] =
    facts.split('|');
  const details = JSON.parse(detailsText) as AdjustmentDetails;
  const entry: AdjustmentEntry = {
    kind: 'adjustment',
    adjustmentId,
    budgetId,
    chain: [budgetId],
    action: action as AdjustmentAction,
    amountUsd: fixedToUsd(amount ?? '0.000000000000'),
    requestedUsd: details.requestedUsd,
    limitUsd: fixedToUsd(limit ?? '0.000000000000'),
    spentUsd: fixedToUsd(spent ?? '0.000000000000'),
    at: Number(at),
    reason: details.reason,
  };
  if (details.actor !== undefined) entry.actor = details.actor;
  return entry;
}

/** When an entry was written: a settlement's `settledAt`, a change's `at`. */
export function entryTime(entry: LedgerRecord): number {
  return entry.kind === 'adjustment' ? entry.at : entry.settledAt;
}

export function compareStreamIds(a: string, b: string): number {
  const [aMs = 0, aSeq = 0] = a.split('-').map(Number);
  const [bMs = 0, bSeq = 0] = b.split('-').map(Number);
  return aMs - bMs || aSeq - bSeq;
}
