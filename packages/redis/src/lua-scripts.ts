import { MAX_USD } from '@tollgate/core';
import { chainScripts } from './lua-chain-scripts.js';
import { luaHelpers as helpers } from './lua-helpers.js';

// The scripts off the hot path (reads, expiry, definition, administration) and every
// script by name.

/** KEYS: due, holds, budget. ARGV: base, now. Returns the budget's snapshot fields or nil. */
const status = `${helpers}
expire_due(ARGV[1], KEYS[1], KEYS[2], ARGV[2], 1000)
local b = load(KEYS[3])
if not b then return nil end
return snap(b)
`;

/** KEYS: due, holds. ARGV: base, now. Returns {rid, chain, amount, expiresAt} per expired reservation. */
const expire = `${helpers}
return expire_due(ARGV[1], KEYS[1], KEYS[2], ARGV[2], 100000)
`;

/**
 * KEYS: budget. ARGV: parent, limit, window.
 * Returns {'ok', fields}, or {'parent' | 'window', stored fields} on a conflict.
 */
const define = `${helpers}
local b = load(KEYS[1])
if not b then
  b = create(KEYS[1], ARGV[1], ARGV[2], ARGV[3])
  save(b)
  return {'ok', snap(b)}
end
local fields = snap(b)
if b.p ~= ARGV[1] then return {'parent', fields} end
if b.w ~= ARGV[3] then return {'window', fields} end
local ld, lp = parse(ARGV[2])
if b.ls ~= '1' and (ld ~= b.ld or lp ~= b.lp) then
  -- The newest definition wins (a restarted process with a new limit applies it), unless an
  -- administrative change set the limit.
  b.ld, b.lp = ld, lp
  save(b)
  fields = snap(b)
end
return {'ok', fields}
`;

/**
 * KEYS: budget, ledger stream. ARGV: parent, limit, window, windowStart (the link), action,
 * amount, now, adjustmentId, ledgerMax, details JSON, budget id.
 * Returns {before, after, applied amount}: one administrative change, atomic with every
 * other command on the tree; or {'past-cap', limit} for a top-up refused because it would
 * take the limit past MAX_USD (nothing written).
 */
const adjust = `${helpers}
local action, now = ARGV[5], ARGV[7]
local b = touch(KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4])
local before = snap(b)
local ad, ap = parse(ARGV[6])
local gd, gp = ad, ap
if action == 'set-limit' then
  b.ld, b.lp, b.ls = ad, ap, '1'
elseif action == 'top-up' then
  local td, tp = add(b.ld, b.lp, ad, ap)
  -- The cap every other way of setting a limit keeps; checked here, where the limit is known.
  if cmp(td, tp, ${MAX_USD}, 0) > 0 then return {'past-cap', fmt(b.ld, b.lp)} end
  b.ld, b.lp = td, tp
  b.ls = '1'
elseif action == 'credit' then
  -- Never below zero: give back at most the spend there is.
  if cmp(ad, ap, b.sd, b.sp) > 0 then gd, gp = b.sd, b.sp end
  b.sd, b.sp = sub(b.sd, b.sp, gd, gp)
elseif action == 'reset' then
  gd, gp = b.sd, b.sp
  b.sd, b.sp, b.c = 0, 0, 0
elseif action == 'close' then
  if b.ca == '' then b.ca = now end
end
save(b)
local applied = fmt(gd, gp)
if ARGV[9] ~= '0' then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[9], '*',
    'a', ARGV[8] .. '|' .. ARGV[11] .. '|' .. action .. '|' .. applied ..
      '|' .. fmt(b.ld, b.lp) .. '|' .. fmt(b.sd, b.sp) .. '|' .. now,
    'd', ARGV[10])
end
return {before, snap(b), applied}
`;

/** Every script by name. */
export const luaScripts = {
  ...chainScripts,
  adjust,
  status,
  expire,
  define,
} as const;

/** A script's name. */
export type LuaScriptName = keyof typeof luaScripts;

export type { BatchedCommand } from './lua-chain-scripts.js';
