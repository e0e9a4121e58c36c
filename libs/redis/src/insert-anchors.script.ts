/**
 * Remembers an article under its anchors in today's posting hashes unless one of those postings
 * changed since the caller read it (then returns 0 and the caller reads again): the check and the
 * insert are atomic in effect, so of two concurrent copies exactly one is inserted. A posting lists
 * the day numbers of at most `maxPostings` articles ("12,40"); one more marks it common (",*").
 * KEYS: today's meta hash for the article's number, then today's posting hashes (every key carries
 * the day's hash tag: one slot).
 * ARGV: the article's number, meta value, ttl (ms), max postings, then per anchor: key index,
 * field, value read.
 */
export const INSERT_ANCHORS_SCRIPT = `
local number, meta, ttl, maxPostings = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
for i = 5, #ARGV, 3 do
  local current = redis.call('HGET', KEYS[tonumber(ARGV[i])], ARGV[i + 1]) or ''
  if current ~= ARGV[i + 2] then return 0 end
end
redis.call('HSET', KEYS[1], number, meta)
for i = 5, #ARGV, 3 do
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
