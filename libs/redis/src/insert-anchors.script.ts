/**
 * Remembers an article under its anchors in today's posting hashes, with its meta and its shingle
 * filter, unless one of those postings changed since the caller read it (then returns 0 and the
 * caller reads again): the check and the insert are atomic in effect, so of two concurrent copies
 * exactly one is inserted, and whoever reads a posting naming it finds its filter. A posting lists
 * the day numbers of at most `maxPostings` articles ("12,40"); one more marks it common (",*").
 * KEYS: today's meta hash for the article's number, today's filter hash for it, then today's
 * posting hashes (every key carries the day's hash tag: one slot).
 * ARGV: the article's number, meta value, ttl (ms), max postings, the filter's piece count, the
 * pieces (fields "<number>.<i>"), then per anchor: key index, field, value read.
 */
export const INSERT_ANCHORS_SCRIPT = `
local number, meta, ttl, maxPostings = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local pieces = tonumber(ARGV[5])
local first = 6 + pieces
for i = first, #ARGV, 3 do
  local current = redis.call('HGET', KEYS[tonumber(ARGV[i])], ARGV[i + 1]) or ''
  if current ~= ARGV[i + 2] then return 0 end
end
redis.call('HSET', KEYS[1], number, meta)
for p = 1, pieces do redis.call('HSET', KEYS[2], number .. '.' .. (p - 1), ARGV[5 + p]) end
for i = first, #ARGV, 3 do
  local key, field, current = KEYS[tonumber(ARGV[i])], ARGV[i + 1], ARGV[i + 2]
  if current == '' then
    redis.call('HSET', key, field, number)
  elseif string.sub(current, -1) ~= '*' then
    local _, commas = string.gsub(current, ',', '')
    if commas + 1 < maxPostings then
      redis.call('HSET', key, field, current .. ',' .. number)
    else
      redis.call('HSET', key, field, current .. ',*')
    end
  end
end
for i = 1, #KEYS do redis.call('PEXPIRE', KEYS[i], ttl) end
return 1
`;
