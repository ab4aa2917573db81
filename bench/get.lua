-- GET one path, as many signed-in users as there are lines in the sessions file (one cookie each),
-- or as a visitor when no file is given. Prints one JSON line: requests, seconds, p50/p99 (ms), errors.
-- Usage: wrk -s bench/get.lua URL -- PATH [sessions.tsv] [cookie-name]
local threads = {}
function setup(thread) table.insert(threads, thread) end

local path, cookies, n = "/", {}, 0
function init(args)
  path = args[1] or "/"
  local name = args[3] or "cs_session"
  if args[2] and args[2] ~= "" then
    for line in io.lines(args[2]) do
      local token = line:match("^([^\t]+)")
      if token then table.insert(cookies, name .. "=" .. token) end
    end
  end
end

function request()
  n = n + 1
  local headers = {}
  if #cookies > 0 then headers["Cookie"] = cookies[(n % #cookies) + 1] end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p99_ms":%.2f,"errors":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status))
end
