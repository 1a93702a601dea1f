import { luaHelpers as helpers } from './lua-helpers.js';

// The scripts of the hot path: reserve, settle and release, alone or several in one batch.

/**
 * KEYS: due, holds, tombstone, budget keys leaf first.
 * ARGV: base, rid, amount, now, expiresAt, chain, then per link:
 * parent, limit, window, enforce, windowStart.
 * Returns {1, wouldRefuse}, {0, index, snapshot, heldOnly}, {2, leaf snapshot} when
 * the reservation already ended (nothing held), or {3, index, snapshot} when a budget of
 * the chain is closed.
 */
const reserveBody = `
local base, rid, amount, now, exp = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
expire_due(base, KEYS[1], KEYS[2], now, 1000)
-- A reserve sent again holds nothing more; one whose release came first holds nothing.
if redis.call('HEXISTS', KEYS[2], rid) == 1 then return {1, {}} end
local tomb = redis.call('GET', KEYS[3])
if tomb then
  if ended_until(tomb) > tonumber(now) then
    local leaf = touch(KEYS[4], ARGV[7], ARGV[8], ARGV[9], ARGV[11])
    if leaf.new or leaf.dirty then save(leaf) end
    return {2, snap(leaf)}
  end
  redis.call('DEL', KEYS[3])
end
local ad, ap = parse(amount)
local n = #KEYS - 3
local touched, would = {}, {}
for i = 1, n do
  local o = 6 + (i - 1) * 5
  local b = touch(KEYS[i + 3], ARGV[o + 1], ARGV[o + 2], ARGV[o + 3], ARGV[o + 5])
  touched[i] = b
  if b.ca ~= '' then
    -- A closed budget refuses every new reservation, enforcing or not.
    for j = 1, i do
      if touched[j].new or touched[j].dirty then save(touched[j]) end
    end
    return {3, i, snap(b)}
  end
  local refused = check(b, ad, ap)
  if refused then
    if ARGV[o + 4] == '1' then
      -- Window rolls and recreated records persist even when the call is refused.
      for j = 1, i do
        if touched[j].new or touched[j].dirty then save(touched[j]) end
      end
      return {0, i, snap(b), refused}
    end
    would[#would + 1] = {i, snap(b), refused}
  end
end
for i = 1, n do
  local b = touched[i]
  b.rd, b.rp = add(b.rd, b.rp, ad, ap)
  save(b)
end
redis.call('HSET', KEYS[2], rid, amount .. '|' .. ARGV[6] .. '|' .. exp)
redis.call('ZADD', KEYS[1], exp, rid)
return {1, would}
`;

/**
 * KEYS: due, holds, tombstone, ledger stream, budget keys leaf first.
 * ARGV: base, rid, reserved (fallback), actual, now, chain, details, ledgerMax,
 * tombstoneTtlMs, snapshots ('1' wanted, '0' not), then per link: parent, limit, window, windowStart.
 * Returns {1, reserved, late, before, after} or {0, tombstone, before}.
 */
const settleBody = `
local rid, actual, now = ARGV[2], ARGV[4], ARGV[5]
local hold = redis.call('HGET', KEYS[2], rid)
local n = #KEYS - 4
local wanted = ARGV[10] == '1'
local touched, before = {}, {}
for i = 1, n do
  local o = 10 + (i - 1) * 4
  local b = touch(KEYS[i + 4], ARGV[o + 1], ARGV[o + 2], ARGV[o + 3], ARGV[o + 4])
  touched[i] = b
  if wanted then before[i] = snap(b) end
end
if not hold then
  local tomb = redis.call('GET', KEYS[3])
  if tomb then
    for i = 1, n do
      if touched[i].new or touched[i].dirty then save(touched[i]) end
    end
    return {0, tomb, before}
  end
end
local held = nil
if hold then held = string.match(hold, '^[^|]*') end
local xd, xp = parse(actual)
local hd, hp = 0, 0
if held then hd, hp = parse(held) end
local after = {}
for i = 1, n do
  local b = touched[i]
  b.rd, b.rp = sub(b.rd, b.rp, hd, hp)
  b.sd, b.sp = add(b.sd, b.sp, xd, xp)
  b.c = b.c + 1
  save(b)
  if wanted then after[i] = snap(b) end
end
local reserved = held or ARGV[3]
local late = '0'
if not held then late = '1' end
if held then
  redis.call('HDEL', KEYS[2], rid)
  redis.call('ZREM', KEYS[1], rid)
end
redis.call('SET', KEYS[3], 's|' .. reserved .. '|' .. late .. '|' .. now .. '|' .. actual, 'PX', ARGV[9])
if ARGV[8] ~= '0' then
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[8], '*',
    'e', rid .. '|' .. ARGV[6] .. '|' .. reserved .. '|' .. actual .. '|' .. now .. '|' .. late,
    'd', ARGV[7])
end
return {1, reserved, late, before, after}
`;

/**
 * KEYS: due, holds, tombstone. ARGV: base, rid, tombstoneTtlMs, then for a reservation not
 * held: until (ms since epoch) and its time-to-live in ms. Returns 1 or 0.
 */
const releaseBody = `
local f = unhold(ARGV[1], KEYS[2], ARGV[2])
if not f then
  -- Not held: its reserve may still arrive. Remember the release until the deadline, so
  -- that reserve holds nothing; a settlement's record is never overwritten.
  local tomb = redis.call('GET', KEYS[3])
  if not tomb or ended_until(tomb) < tonumber(ARGV[4]) then
    redis.call('SET', KEYS[3], 'r|' .. ARGV[4], 'PX', ARGV[5])
  end
  return 0
end
redis.call('ZREM', KEYS[1], ARGV[2])
redis.call('SET', KEYS[3], 'r', 'PX', ARGV[3])
return 1
`;

/**
 * Several reserve, settle and release commands of one tree (so one hash tag) in one
 * script, for commands issued together: one round trip and one `EVALSHA` for all of them.
 * Each runs exactly as its own script would, in order, under `pcall`, so one command's
 * error is its own. KEYS: every command's keys, in order. ARGV: the command count m, then
 * m triples (name, key count, argument count), then every command's arguments, in order.
 * Returns one {1, reply} or {0, error message} per command.
 */
const batch = `${helpers}
local handlers = {}
handlers.reserve = function(KEYS, ARGV)
${reserveBody}
end
handlers.settle = function(KEYS, ARGV)
${settleBody}
end
handlers.release = function(KEYS, ARGV)
${releaseBody}
end
local m = tonumber(ARGV[1])
local ko, ao = 0, 1 + 3 * m
local out = {}
for i = 1, m do
  local h = 1 + (i - 1) * 3
  local nk, na = tonumber(ARGV[h + 2]), tonumber(ARGV[h + 3])
  local k, a = {}, {}
  for j = 1, nk do k[j] = KEYS[ko + j] end
  for j = 1, na do a[j] = ARGV[ao + j] end
  ko, ao = ko + nk, ao + na
  local ok, result = pcall(handlers[ARGV[h + 1]], k, a)
  if ok then
    out[i] = {1, result}
  elseif type(result) == 'table' and result.err then
    out[i] = {0, result.err}
  else
    out[i] = {0, tostring(result)}
  end
end
return out
`;

/** The hot path's scripts by name: each command alone, and the batch of several. */
export const chainScripts = {
  reserve: `${helpers}${reserveBody}`,
  settle: `${helpers}${settleBody}`,
  release: `${helpers}${releaseBody}`,
  batch,
} as const;

/** The commands a batch can carry. */
export type BatchedCommand = 'reserve' | 'settle' | 'release';
