/**
 * Remembers an article under its LSH bands unless a band gained a member the caller did not
 * compare against (then returns 0 and the caller reads again): the check and the insert are atomic
 * in effect, so of two concurrent near-duplicates exactly one is inserted.
 * KEYS: the signature key, then one sorted set per band (score = time seen, ms).
 * ARGV: article id, now (ms), window (ms), signature bytes, then the ids the caller compared.
 */
export const INSERT_SIGNATURE_SCRIPT = `
local id, now, window = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local compared = {}
for i = 5, #ARGV do compared[ARGV[i]] = true end
local oldest = now - window
for i = 2, #KEYS do
  for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[i], oldest, '+inf')) do
    if member ~= id and not compared[member] then return 0 end
  end
end
redis.call('SET', KEYS[1], ARGV[4], 'PX', window)
for i = 2, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', '(' .. oldest)
  redis.call('ZADD', KEYS[i], now, id)
  redis.call('PEXPIRE', KEYS[i], window)
end
return 1
`;
