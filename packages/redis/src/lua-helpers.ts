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

export const luaHelpers = `
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
  -- windowStart and closedAt as JavaScript wrote them: negative (a week window starting
  -- before 1970, or a close dated then by an earlier version), fractional or in exponent form.
  local ld, lp, sd, sp, rd, rp, c, ws, ca, ls = string.match(m,
    '^(%-?%d+)|(%d+)|(%-?%d+)|(%d+)|(%-?%d+)|(%d+)|(%d+)|([%-%d%.e+]*)|?([%-%d%.e+]*)|?(%d*)$')
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
  local t = string.match(tomb, '^r|([%-%d%.e+]+)$')
  t = t and tonumber(t)
  if t then return t end
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
