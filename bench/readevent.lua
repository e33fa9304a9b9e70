-- readevent count=100 in JSON, rotating over the pre-filled sessions in
-- STORE_KEYS (comma-separated). Counts the answers that carried all 100 events,
-- so that a run whose queues ran dry is visible in the output.
local keys = {}
for key in string.gmatch(os.getenv("STORE_KEYS") or "", "[^,]+") do
  keys[#keys + 1] = key
end
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  next_key = 0
  full = 0
  other = 0
end

function request()
  next_key = next_key % #keys + 1
  return wrk.format("GET", "/vscp/rest?op=readevent&format=json&count=100"
    .. "&vscpsession=" .. keys[next_key])
end

function response(status, headers, body)
  if string.find(body, '"count":100,', 1, true) then
    full = full + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local total_full, total_other = 0, 0
  for _, thread in ipairs(threads) do
    total_full = total_full + thread:get("full")
    total_other = total_other + thread:get("other")
  end
  io.write(string.format("Answers with 100 events: %d, other answers: %d\n",
    total_full, total_other))
end
