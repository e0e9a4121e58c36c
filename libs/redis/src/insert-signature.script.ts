/**
 * Remembers a batch of articles under their LSH bands unless a band the caller read gained a
 * member it did not compare against (then returns 0 and the caller reads again): the check and the
 * insert are atomic in effect, so of two concurrent near-duplicates exactly one is inserted.
 * KEYS: one signature key per article to insert, then every band (a sorted set, score = time
 * seen, ms) the caller read. ARGV: now (ms), window (ms), the number of articles n, their ids (n),
 * their signature bytes (n), the indexes among the bands of each one's bands, comma-separated (n),
 * then the ids the caller compared.
 */
export const INSERT_SIGNATURES_SCRIPT = `
local now, window, n = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local known = {}
for i = 4, 3 + n do known[ARGV[i]] = true end
for i = 4 + 3 * n, #ARGV do known[ARGV[i]] = true end
local oldest = now - window
for i = n + 1, #KEYS do
  for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[i], oldest, '+inf')) do
    if not known[member] then return 0 end
  end
end
for a = 1, n do
  local id = ARGV[3 + a]
  redis.call('SET', KEYS[a], ARGV[3 + n + a], 'PX', window)
  for band in string.gmatch(ARGV[3 + 2 * n + a], '%d+') do
    local key = KEYS[n + tonumber(band)]
    redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. oldest)
    redis.call('ZADD', key, now, id)
    redis.call('PEXPIRE', key, window)
  end
end
return 1
`;
