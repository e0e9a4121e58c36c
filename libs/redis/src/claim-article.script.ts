/**
 * Atomic check-and-insert of an article's identities (KEYS: id, [url], content, most specific
 * first). ARGV: owner (the delivery claiming them), article id, TTL seconds.
 * Returns {0} when the article is first-seen (or re-claimed by the same owner: a redelivery), else
 * {index of the matching key (1-based), the article id that holds it}.
 */
export const CLAIM_ARTICLE_SCRIPT = `
local value = ARGV[1] .. '\\n' .. ARGV[2]
for i, key in ipairs(KEYS) do
  local existing = redis.call('GET', key)
  if existing and existing ~= value then
    local cut = string.find(existing, '\\n', 1, true)
    return {i, string.sub(existing, cut + 1)}
  end
end
for _, key in ipairs(KEYS) do
  redis.call('SET', key, value, 'EX', ARGV[3])
end
return {0}
`;
