/**
 * The Lua scripts. Each command runs as one script, so it applies to the whole chain
 * atomically. Every key a script touches shares the chain's hash tag (the root budget's
 * id), so on Redis Cluster one script stays in one slot; keys of other budgets in the
 * same tree (a reservation expiring from a sibling leaf) are built from `base` inside the
 * script for that reason and live in the same slot.
 *
 * Money: Lua numbers are doubles, so amounts are never stored as floats. An amount is an
 * integer count of pico-dollars (1e-12 USD) held as two exact limbs, whole dollars and a
 * pico remainder in [0, 1e12), both far below 2^53; it is written as fixed-point text
 * with exactly twelve decimals ("12.000000000125"), which is just the two limbs joined
 * by a dot. The helpers below add, subtract and compare limbs exactly.
 *
 * Budget hash fields: p parent ('' for a root), l limit, w window ('' for none),
 * s spent, r reserved, c calls, ws window start ('' before any window).
 * Reservation hash fields: a amount, c chain (comma-separated ids, leaf first), e expiresAt, m metadata.
 */

const helpers = `
local SCALE = 1000000000000
local ZERO = '0.000000000000'

local function parse(s)
  if not s or s == '' then return 0, 0 end
  local sign, d, p = string.match(s, '^(%-?)(%d+)%.(%d+)$')
  d = tonumber(d)
  p = tonumber(p)
  if sign == '-' then
    d = -d
    p = -p
    if p < 0 then
      p = p + SCALE
      d = d - 1
    end
  end
  return d, p
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

-- Gives a held reservation back to every budget of its chain and deletes it.
local function unhold(base, rid)
  local rkey = base .. 'res:' .. rid
  local f = redis.call('HMGET', rkey, 'a', 'c', 'e')
  if not f[1] then return nil end
  local ad, ap = parse(f[1])
  for id in string.gmatch(f[2], '[^,]+') do
    local bkey = base .. 'budget:' .. id
    local r = redis.call('HGET', bkey, 'r')
    if r then
      local rd, rp = parse(r)
      rd, rp = sub(rd, rp, ad, ap)
      redis.call('HSET', bkey, 'r', fmt(rd, rp))
    end
  end
  redis.call('DEL', rkey)
  return f
end

-- Releases the tree's reservations past their deadline. Not tombstoned: a late settle
-- of an expired reservation still charges.
local function expire_due(base, zkey, now, limit)
  local due = redis.call('ZRANGEBYSCORE', zkey, '-inf', now, 'LIMIT', 0, limit)
  local out = {}
  for _, rid in ipairs(due) do
    redis.call('ZREM', zkey, rid)
    local f = unhold(base, rid)
    if f then out[#out + 1] = {rid, f[2], f[1], f[3]} end
  end
  return out
end

-- Loads a budget, recreated from the link's definition if missing, rolled into the
-- command's window when the stored one is older.
local function touch(bkey, parent, limit, window, ws)
  local f = redis.call('HMGET', bkey, 'p', 'l', 'w', 's', 'r', 'c', 'ws')
  local b
  if not f[2] then
    b = {p = parent, l = limit, w = window, sd = 0, sp = 0, rd = 0, rp = 0, c = 0, ws = '', full = true}
  else
    b = {p = f[1], l = f[2], w = f[3], c = tonumber(f[6]), ws = f[7], full = false}
    b.sd, b.sp = parse(f[4])
    b.rd, b.rp = parse(f[5])
  end
  b.key = bkey
  if ws ~= '' and (b.ws == '' or tonumber(b.ws) < tonumber(ws)) then
    b.sd, b.sp, b.c, b.ws = 0, 0, 0, ws
    b.full = true
  end
  return b
end

local function save_full(b)
  redis.call('HSET', b.key, 'p', b.p, 'l', b.l, 'w', b.w, 's', fmt(b.sd, b.sp),
    'r', fmt(b.rd, b.rp), 'c', string.format('%d', b.c), 'ws', b.ws)
  b.full = false
end

local function snap(b)
  return {b.p, b.l, b.w, fmt(b.sd, b.sp), fmt(b.rd, b.rp), string.format('%d', b.c), b.ws}
end

-- Returns nil when the budget admits the amount, else '1' (heldOnly) or '0'.
local function check(b, ad, ap)
  local ld, lp = parse(b.l)
  local below = cmp(b.sd, b.sp, ld, lp) < 0
  local cd, cp = add(b.sd, b.sp, b.rd, b.rp)
  cd, cp = add(cd, cp, ad, ap)
  if below and cmp(cd, cp, ld, lp) <= 0 then return nil end
  local hd, hp = add(b.sd, b.sp, ad, ap)
  if below and cmp(hd, hp, ld, lp) <= 0 then return '1' end
  return '0'
end
`;

/**
 * KEYS: deadlines, reservation, budget keys leaf first.
 * ARGV: base, rid, amount, now, expiresAt, chain, metadata, then per link:
 * parent, limit, window, enforce, windowStart.
 * Returns {1, wouldRefuse} or {0, index, snapshot, heldOnly}.
 */
const reserve = `${helpers}
local base, rid, amount, now, exp = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
expire_due(base, KEYS[1], now, 1000)
local ad, ap = parse(amount)
local n = #KEYS - 2
local touched, would = {}, {}
for i = 1, n do
  local o = 7 + (i - 1) * 5
  local b = touch(KEYS[i + 2], ARGV[o + 1], ARGV[o + 2], ARGV[o + 3], ARGV[o + 5])
  touched[i] = b
  local refused = check(b, ad, ap)
  if refused then
    if ARGV[o + 4] == '1' then
      -- Window rolls and recreated records persist even when the call is refused.
      for j = 1, i do
        if touched[j].full then save_full(touched[j]) end
      end
      return {0, i, snap(b), refused}
    end
    would[#would + 1] = {i, snap(b), refused}
  end
end
for i = 1, n do
  local b = touched[i]
  b.rd, b.rp = add(b.rd, b.rp, ad, ap)
  if b.full then save_full(b) else redis.call('HSET', b.key, 'r', fmt(b.rd, b.rp)) end
end
redis.call('HSET', KEYS[2], 'a', amount, 'c', ARGV[6], 'e', exp, 'm', ARGV[7])
redis.call('ZADD', KEYS[1], exp, rid)
return {1, would}
`;

/**
 * KEYS: deadlines, reservation, tombstone, ledger stream, budget keys leaf first.
 * ARGV: base, rid, reserved (fallback), actual, now, chain, details, ledgerMax,
 * tombstoneTtlMs, snapshots ('1' wanted, '0' not), then per link: parent, limit, window, windowStart.
 * Returns {1, reserved, late, before, after} or {0, tombstone, before}.
 */
const settle = `${helpers}
local rid, actual, now = ARGV[2], ARGV[4], ARGV[5]
local held = redis.call('HGET', KEYS[2], 'a')
local n = #KEYS - 4
local wanted = ARGV[10] == '1'
local touched, before = {}, {}
for i = 1, n do
  local o = 10 + (i - 1) * 4
  local b = touch(KEYS[i + 4], ARGV[o + 1], ARGV[o + 2], ARGV[o + 3], ARGV[o + 4])
  touched[i] = b
  if wanted then before[i] = snap(b) end
end
if not held then
  local tomb = redis.call('GET', KEYS[3])
  if tomb then
    for i = 1, n do
      if touched[i].full then save_full(touched[i]) end
    end
    return {0, tomb, before}
  end
end
local xd, xp = parse(actual)
local hd, hp = 0, 0
if held then hd, hp = parse(held) end
local after = {}
for i = 1, n do
  local b = touched[i]
  b.rd, b.rp = sub(b.rd, b.rp, hd, hp)
  b.sd, b.sp = add(b.sd, b.sp, xd, xp)
  b.c = b.c + 1
  if b.full then
    save_full(b)
  else
    redis.call('HSET', b.key, 's', fmt(b.sd, b.sp), 'r', fmt(b.rd, b.rp), 'c', string.format('%d', b.c))
  end
  if wanted then after[i] = snap(b) end
end
local reserved = held or ARGV[3]
local late = '0'
if not held then late = '1' end
if held then
  redis.call('DEL', KEYS[2])
  redis.call('ZREM', KEYS[1], rid)
end
redis.call('SET', KEYS[3], 's|' .. reserved .. '|' .. late .. '|' .. now .. '|' .. actual, 'PX', ARGV[9])
if ARGV[8] ~= '0' then
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[8], '*', 'id', rid, 'ch', ARGV[6],
    'rs', reserved, 'ac', actual, 'at', now, 'lt', late, 'd', ARGV[7])
end
return {1, reserved, late, before, after}
`;

/** KEYS: deadlines, reservation, tombstone. ARGV: base, rid, tombstoneTtlMs. Returns 1 or 0. */
const release = `${helpers}
local f = unhold(ARGV[1], ARGV[2])
if not f then return 0 end
redis.call('ZREM', KEYS[1], ARGV[2])
redis.call('SET', KEYS[3], 'r', 'PX', ARGV[3])
return 1
`;

/** KEYS: deadlines, budget. ARGV: base, now. Returns the budget's fields or nil. */
const status = `${helpers}
expire_due(ARGV[1], KEYS[1], ARGV[2], 1000)
local f = redis.call('HMGET', KEYS[2], 'p', 'l', 'w', 's', 'r', 'c', 'ws')
if not f[2] then return nil end
return f
`;

/** KEYS: deadlines. ARGV: base, now. Returns {rid, chain, amount, expiresAt} per expired reservation. */
const expire = `${helpers}
return expire_due(ARGV[1], KEYS[1], ARGV[2], 100000)
`;

/**
 * KEYS: budget. ARGV: parent, limit, window.
 * Returns {'ok', fields}, or {'parent' | 'window', stored fields} on a conflict.
 */
const define = `${helpers}
local f = redis.call('HMGET', KEYS[1], 'p', 'l', 'w', 's', 'r', 'c', 'ws')
if not f[2] then
  redis.call('HSET', KEYS[1], 'p', ARGV[1], 'l', ARGV[2], 'w', ARGV[3], 's', ZERO, 'r', ZERO, 'c', '0', 'ws', '')
  return {'ok', {ARGV[1], ARGV[2], ARGV[3], ZERO, ZERO, '0', ''}}
end
if f[1] ~= ARGV[1] then return {'parent', f} end
if f[3] ~= ARGV[3] then return {'window', f} end
if f[2] ~= ARGV[2] then
  -- The newest definition wins: a restarted process with a new limit applies it.
  redis.call('HSET', KEYS[1], 'l', ARGV[2])
  f[2] = ARGV[2]
end
return {'ok', f}
`;

/** Every script by name. */
export const luaScripts = { reserve, settle, release, status, expire, define } as const;

/** A script's name. */
export type LuaScriptName = keyof typeof luaScripts;
