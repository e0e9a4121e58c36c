/**
 * The timeline store's conditional write, atomic: when every expected version still holds, it
 * stores the values, adds the set members and increments each version key once; otherwise it
 * changes nothing and returns 0.
 * KEYS: the expected version keys, then the other version keys to increment, then the keys to
 * set, then the sets to add to. ARGV: the four counts in that order, then the expected versions,
 * then the values (JSON), then the members.
 */
export const WRITE_TIMELINE_SCRIPT = `
local expected, bumped, stored, added = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
for i = 1, expected do
  local current = tonumber(redis.call('GET', KEYS[i]) or '0')
  if current ~= tonumber(ARGV[4 + i]) then return 0 end
end
for i = 1, expected + bumped do
  redis.call('INCR', KEYS[i])
end
local key, value = expected + bumped, 4 + expected
for i = 1, stored do
  redis.call('SET', KEYS[key + i], ARGV[value + i])
end
key, value = key + stored, value + stored
for i = 1, added do
  redis.call('SADD', KEYS[key + i], ARGV[value + i])
end
return 1
`;
