/**
 * The Lua scripts. Each command runs as one script, so it applies to the whole chain
 * atomically. Every key a script touches shares the chain's hash tag (the root budget's
 * id), so on Redis Cluster one script stays in one slot; keys of other budgets in the
 * same tree (a reservation expiring from a sibling leaf) are built from `base` inside the
 * script for that reason and live in the same slot.
 *
 * Money: Lua numbers are doubles, so amounts are never stored as floats. An amount is an
 * integer count of pico-dollars (1e-12 USD) held as two exact limbs, whole dollars and a
 * pico remainder in [0, 1e12), both far below 2^53. Amounts arrive as fixed-point text
 * with exactly twelve decimals ("12.000000000125"): the two limbs joined by a dot. The
 * helpers below add, subtract and compare limbs exactly.
 *
 * The layout keeps the hot path to a few cheap operations, because a script's cost is
 * mostly the Redis calls it makes and the strings it parses:
 * - budget `b:<id>`, a hash of two fields: `m`, the figures a command reads and writes,
 *   "limitD|limitP|spentD|spentP|reservedD|reservedP|calls|windowStart|closedAt|limitSet"
 *   (integers; the window start is empty before any window, the closing time while open,
 *   and limitSet is `1` once an administrative change set the limit; figures written
 *   before administration existed end at the window start and read as open), and `d`,
 *   the definition "parent|window" (both empty for none), read only for snapshots;
 * - `holds`, a hash of the tree's reservations in flight: id -> "amount|chain|expiresAt"
 *   (the chain's ids comma-separated, leaf first), and `due`, a sorted set of the same
 *   ids by deadline;
 * - `end:<id>`, a short-lived tombstone of an ended reservation, so a retried settle or
 *   release is applied once and a reserve arriving after its release holds nothing:
 *   `s|reserved|late|settledAt|actual` for a settlement, `r` for a release of a held
 *   reservation, `r|<until>` for a release of one not held (until its deadline);
 * - `ledger`, a capped stream of settlements: `e` "id|chain|reserved|actual|settledAt|late"
 *   and `d` the details as JSON; and of administrative changes: `a`
 *   "adjustmentId|budgetId|action|amount|limit|spent|at" and `d` {reason, actor, requestedUsd}.
 */

const helpers = `
local SCALE = 1000000000000

-- Fixed text with exactly twelve decimals to limbs.
local function parse(s)
  local n = #s
  if string.byte(s, 1) == 45 then
    local d, p = tonumber(string.sub(s, 2, n - 13)), tonumber(string.sub(s, n - 11))
    if p == 0 then return -d, 0 end
    return -d - 1, SCALE - p
  end
  return tonumber(string.sub(s, 1, n - 13)), tonumber(string.sub(s, n - 11))
end

local function add(ad, ap, bd, bp)
  local d, p = ad + bd, ap + bp
  if p >= SCALE then
    p = p - SCALE
    d = d + 1
  end
  return d, p
end

local function sub(ad, ap, bd, bp)
  local d, p = ad - bd, ap - bp
  if p < 0 then
    p = p + SCALE
    d = d - 1
  end
  return d, p
end

local function cmp(ad, ap, bd, bp)
  if ad ~= bd then
    if ad < bd then return -1 end
    return 1
  end
  if ap ~= bp then
    if ap < bp then return -1 end
    return 1
  end
  return 0
end

local function fmt(d, p)
  if d < 0 then
    if p == 0 then return string.format('-%d.%012d', -d, 0) end
    return string.format('-%d.%012d', -d - 1, SCALE - p)
  end
  return string.format('%d.%012d', d, p)
end

-- A budget's figures, or nil when the budget does not exist.
local function load(bkey)
  local m = redis.call('HGET', bkey, 'm')
  if not m then return nil end
  local ld, lp, sd, sp, rd, rp, c, ws, ca, ls = string.match(m,
    '^(%-?%d+)|(%d+)|(%-?%d+)|(%d+)|(%-?%d+)|(%d+)|(%d+)|(%d*)|?(%d*)|?(%d*)$')
  return {key = bkey, ld = tonumber(ld), lp = tonumber(lp), sd = tonumber(sd), sp = tonumber(sp),
    rd = tonumber(rd), rp = tonumber(rp), c = tonumber(c), ws = ws, ca = ca, ls = ls}
end

local function create(bkey, parent, limit, window)
  local ld, lp = parse(limit)
  return {key = bkey, ld = ld, lp = lp, sd = 0, sp = 0, rd = 0, rp = 0, c = 0, ws = '',
    ca = '', ls = '', p = parent, w = window, new = true}
end

local function save(b)
  local m = string.format('%d|%d|%d|%d|%d|%d|%d|%s|%s|%s', b.ld, b.lp, b.sd, b.sp, b.rd, b.rp, b.c,
    b.ws, b.ca, b.ls)
  if b.new then
    redis.call('HSET', b.key, 'm', m, 'd', b.p .. '|' .. b.w)
    b.new = false
  else
    redis.call('HSET', b.key, 'm', m)
  end
  b.dirty = false
end

-- {parent, limit, window, spent, reserved, calls, windowStart, closedAt}, as the store reads them.
local function snap(b)
  if not b.p then
    b.p, b.w = string.match(redis.call('HGET', b.key, 'd') or '|', '^([^|]*)|(.*)$')
  end
  return {b.p, fmt(b.ld, b.lp), b.w, fmt(b.sd, b.sp), fmt(b.rd, b.rp), string.format('%d', b.c), b.ws,
    b.ca}
end

-- Gives a held reservation back to every budget of its chain and forgets it.
-- Returns {amount, chain, expiresAt}, or nil when it is not held.
local function unhold(base, holds, rid)
  local h = redis.call('HGET', holds, rid)
  if not h then return nil end
  local amount, chain, exp = string.match(h, '^([^|]*)|([^|]*)|(.*)$')
  local ad, ap = parse(amount)
  for id in string.gmatch(chain, '[^,]+') do
    local b = load(base .. 'b:' .. id)
    if b then
      b.rd, b.rp = sub(b.rd, b.rp, ad, ap)
      save(b)
    end
  end
  redis.call('HDEL', holds, rid)
  return {amount, chain, exp}
end

-- Releases the tree's reservations past their deadline. Not tombstoned: a late settle
-- of an expired reservation still charges.
local function expire_due(base, due, holds, now, limit)
  local ids = redis.call('ZRANGEBYSCORE', due, '-inf', now, 'LIMIT', 0, limit)
  local out = {}
  for _, rid in ipairs(ids) do
    redis.call('ZREM', due, rid)
    local f = unhold(base, holds, rid)
    if f then out[#out + 1] = {rid, f[2], f[1], f[3]} end
  end
  return out
end

-- Until when (ms since epoch) a tombstone says its reservation ended: a release of a
-- reservation that was not held ends it until that reservation's deadline, anything else
-- for as long as the key lives.
local function ended_until(tomb)
  local t = string.match(tomb, '^r|(%d+)$')
  if t then return tonumber(t) end
  return math.huge
end

-- Loads a budget, recreated from the link's definition if missing, rolled into the
-- command's window when the stored one is older.
local function touch(bkey, parent, limit, window, ws)
  local b = load(bkey) or create(bkey, parent, limit, window)
  if ws ~= '' and (b.ws == '' or tonumber(b.ws) < tonumber(ws)) then
    b.sd, b.sp, b.c, b.ws = 0, 0, 0, ws
    b.dirty = true
  end
  return b
end

-- Returns nil when the budget admits the amount, else '1' (heldOnly) or '0'.
local function check(b, ad, ap)
  local below = cmp(b.sd, b.sp, b.ld, b.lp) < 0
  local cd, cp = add(b.sd, b.sp, b.rd, b.rp)
  cd, cp = add(cd, cp, ad, ap)
  if below and cmp(cd, cp, b.ld, b.lp) <= 0 then return nil end
  local hd, hp = add(b.sd, b.sp, ad, ap)
  if below and cmp(hd, hp, b.ld, b.lp) <= 0 then return '1' end
  return '0'
end
`;

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
 * other command on the tree.
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
  b.ld, b.lp = add(b.ld, b.lp, ad, ap)
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
  adjust,
  reserve: `${helpers}${reserveBody}`,
  settle: `${helpers}${settleBody}`,
  release: `${helpers}${releaseBody}`,
  batch,
  status,
  expire,
  define,
} as const;

/** The commands a batch can carry. */
export type BatchedCommand = 'reserve' | 'settle' | 'release';

/** A script's name. */
export type LuaScriptName = keyof typeof luaScripts;
