/**
 * Reads a day's postings of an article's anchors in one call: `HMGET` of each posting hash,
 * answers in the order asked, `nil` for a field that is absent. One call instead of one command
 * per posting hash keeps the ingestor's event loop free of building, timing and parsing hundreds
 * of commands per article (ADR 0018).
 * KEYS: the day's posting hashes (every key carries the day's hash tag: one slot).
 * ARGV: per key, the count of its fields, then the fields.
 */
export const READ_POSTINGS_SCRIPT = `
local out, at = {}, 1
for k = 1, #KEYS do
  local count = tonumber(ARGV[at])
  local values = redis.call('HMGET', KEYS[k], unpack(ARGV, at + 1, at + count))
  for i = 1, count do out[#out + 1] = values[i] end
  at = at + 1 + count
end
return out
`;
