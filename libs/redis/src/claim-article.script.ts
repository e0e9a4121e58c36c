/**
 * Atomic check-and-insert of a batch of articles' identities, in order (a later article of the
 * batch finds the identities an earlier one claimed). KEYS: every article's keys (id, [url],
 * content, most specific first), article after article. ARGV: TTL seconds, then per article the
 * number of its keys, its owner (the delivery claiming it) and its id.
 * Returns one answer per article: {0} when first-seen (or re-claimed by the same owner: a
 * redelivery), else {index of the matching key among its own (1-based), the article id holding it}.
 */
export const CLAIM_ARTICLES_SCRIPT = `
local answers = {}
local key, arg = 0, 2
for n = 1, (#ARGV - 1) / 3 do
  local count, value = tonumber(ARGV[arg]), ARGV[arg + 1] .. '\\n' .. ARGV[arg + 2]
  arg = arg + 3
  local answer = {0}
  for i = 1, count do
    local existing = redis.call('GET', KEYS[key + i])
    if existing and existing ~= value then
      local cut = string.find(existing, '\\n', 1, true)
      answer = {i, string.sub(existing, cut + 1)}
      break
    end
  end
  if answer[1] == 0 then
    for i = 1, count do
      redis.call('SET', KEYS[key + i], value, 'EX', ARGV[1])
    end
  end
  answers[n] = answer
  key = key + count
end
return answers
`;
