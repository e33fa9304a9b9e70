-- The readers of the sendevent run: each request long-polls (wait=1000 ms,
-- count=100) one session from READER_KEYS (comma-separated), in turn.
local keys = {}
for key in string.gmatch(os.getenv("READER_KEYS") or "", "[^,]+") do
  keys[#keys + 1] = key
end
local next_key = 0

function request()
  next_key = next_key % #keys + 1
  return wrk.format("GET", "/vscp/rest?op=readevent&format=json&count=100&wait=1000"
    .. "&vscpsession=" .. keys[next_key])
end
