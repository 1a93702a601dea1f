import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as adapterKit from './adapter/index.js';
import * as core from './index.js';

/**
 * Every name an entry point exports, types included, as the compiler sees it: a name that
 * leaks onto the public surface (or leaves it) is a visible diff in this file.
 */
function exportedNames(entry: string): { all: string[]; values: string[] } {
  const file = fileURLToPath(new URL(entry, import.meta.url));
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`${entry} is not a module`);
  const symbols = checker.getExportsOfModule(module);
  const isValue = (symbol: ts.Symbol): boolean => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return (target.flags & ts.SymbolFlags.Value) !== 0 && !isTypeOnlyExport(symbol);
  };
  const sorted = (names: string[]) => names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    all: sorted(symbols.map((symbol) => symbol.name)),
    values: sorted(symbols.filter(isValue).map((symbol) => symbol.name)),
  };
}

/** `export type { X }` or `export { type X }`: a type-only name even when X is a class. */
function isTypeOnlyExport(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some(
    (declaration) =>
      ts.isExportSpecifier(declaration) && ts.isTypeOnlyExportDeclaration(declaration),
  );
}

describe('the public surface', () => {
  const root = exportedNames('./index.ts');

  it('of @tollgate/core is what users of budgets need, name by name', () => {
    const { all, values } = root;
    expect(all).toEqual([
      'AdjustBudgetOptions',
      'AdjustCommand',
      'AdjustOptions',
      'AdjustOutcome',
      'AdjustableFigures',
      'AdjustmentAction',
      'AdjustmentEntry',
      'AlertDeliveryError',
      'Budget',
      'BudgetClosedError',
      'BudgetConfig',
      'BudgetConfigNode',
      'BudgetConflictError',
      'BudgetDefinition',
      'BudgetEvent',
      'BudgetEventHandler',
      'BudgetEventMap',
      'BudgetEventName',
      'BudgetExceededError',
      'BudgetFamily',
      'BudgetFamilyOptions',
      'BudgetNotFoundError',
      'BudgetOptions',
      'BudgetOverrides',
      'BudgetRefusal',
      'BudgetSnapshot',
      'BudgetStatus',
      'BudgetStore',
      'BudgetTemplate',
      'CallUsage',
      'ChainLink',
      'ChildBudgetOptions',
      'Clock',
      'ConfigIssue',
      'ExceededEvent',
      'ExpiredReservation',
      'HandlerErrorEvent',
      'InputTokens',
      'InvalidAmountError',
      'InvalidBudgetIdError',
      'InvalidOptionsError',
      'InvalidRequestError',
      'InvalidUsageError',
      'LedgerEntry',
      'LedgerKind',
      'LedgerQuery',
      'LedgerRecord',
      'LegacyTokenCounts',
      'LoadBudgetsOptions',
      'LoadedBudgets',
      'LostSettlement',
      'MAX_BUDGET_ID_LENGTH',
      'MAX_USD',
      'MONEY_SCALE',
      'MemoryStoreOptions',
      'Metadata',
      'Money',
      'MoneyInput',
      'MoneyOperand',
      'OutputTokens',
      'ParseBudgetConfigOptions',
      'PicoFigures',
      'PriceDriftEvent',
      'PurgeCandidate',
      'PurgeQuery',
      'RefusalCode',
      'RefusedEvent',
      'ReleaseCommand',
      'ReleasedEvent',
      'Reservation',
      'ReservationState',
      'ReserveCommand',
      'ReserveOptions',
      'ReserveOutcome',
      'ReservedEvent',
      'SettleCommand',
      'SettleOutcome',
      'SettledEvent',
      'SettlementDetails',
      'SettlementLostError',
      'SettlementLostEvent',
      'SettlementPendingEvent',
      'StoreAnswer',
      'StoreInvalidError',
      'StoreUnavailableError',
      'StoreUnavailableEvent',
      'ThresholdEvent',
      'TollgateError',
      'TollgateErrorCode',
      'TollgateErrorOptions',
      'ToolCallCounts',
      'ToolCallKind',
      'UnboundedOutputEvent',
      'UnmeteredEndpointError',
      'UsageTokens',
      'ValidationIssue',
      'WindowBounds',
      'WindowOption',
      'WindowSpec',
      'ZERO',
      'addMoney',
      'adjustBudget',
      'adjustmentEntry',
      'applyAdjustment',
      'assertBudgetId',
      'assertSerialisable',
      'budgetFamily',
      'canonicalUsd',
      'codeOf',
      'compareMoney',
      'createBudget',
      'describeWindow',
      'endedRefusal',
      'formatUsd',
      'formatUsdFixed',
      'isLedgerKind',
      'isSettlement',
      'isUsageTokens',
      'isUsd',
      'loadBudgets',
      'maxMoney',
      'memoryStore',
      'money',
      'parseBudgetConfig',
      'parseUsd',
      'picoRefusal',
      'picoToUsd',
      'purgeableBudgets',
      'sameWindow',
      'sumMoney',
      'systemClock',
      'toWindowSpec',
      'tollgateErrorOf',
      'totalInputTokens',
      'totalOutputTokens',
      'usageTokens',
      'usdToPico',
      'windowBounds',
    ]);
    // What a JavaScript user can import at run time is exactly the value half of that list.
    expect(Object.keys(core).sort()).toEqual([...values].sort());
  });

  it('of @tollgate/core keeps our own packages’ plumbing out', () => {
    for (const internal of [
      'EventHub',
      'HandlerFailure',
      'describeValue',
      'editDistance',
      'closestName',
      'isRecord',
      'lazySchema',
      'parseOptions',
      'OptionsSchema',
      'FIXED_SCALE',
      'FEMTO_SCALE',
      'toFixedUnits',
      'formatFixedUnits',
      'formatFemtoUnits',
      'priceTokens',
      'perUnit',
      'timesCount',
      'roundUp',
      'roundDown',
      'storedLink',
      'budgetConfigSchema',
      'planBudgetConfig',
    ])
      expect(root.all).not.toContain(internal);
  });

  it('of @tollgate/core/adapter is the kit an adapter is written with', () => {
    const { all, values } = exportedNames('./adapter/index.ts');
    expect(all).toEqual([
      'AdapterOptions',
      'AdapterOptionsParser',
      'AdapterSettings',
      'AdapterSpec',
      'BudgetChoice',
      'Budgeted',
      'Charge',
      'DerivedClientChecks',
      'DriftWatch',
      'EventCut',
      'EventVerdict',
      'Held',
      'HoldablePlan',
      'MeterClientOptions',
      'MeteringPlan',
      'ObservedUsage',
      'OptionRule',
      'OutgoingRequest',
      'PrivateBudgetOptions',
      'ResponseObserver',
      'Route',
      'ServerSentEvent',
      'SseSplitter',
      'StainlessClient',
      'TransportDoor',
      'UnmeteredTransports',
      'UsagePrice',
      'UsagePricer',
      'announceUnboundedOutput',
      'atMostTheHold',
      'budgetedClient',
      'chargeTheHold',
      'chargeUsage',
      'checkClient',
      'flag',
      'holdPlan',
      'holdPlanNow',
      'madePerModel',
      'meterClient',
      'oneOf',
      'passUnmetered',
      'pricerPerModel',
      'reachedPath',
      'releaseHold',
      'reportedCostPricer',
      'requestedModel',
      'settleCharge',
      'share',
      'slotLine',
    ]);
    expect(Object.keys(adapterKit).sort()).toEqual([...values].sort());
  });
});
