-- Durable writes as learners make them: each learner saves a draft of step 1 four times (autosave),
-- submits it, and takes it back, round after round. Learners rotate; a write counts as confirmed
-- when the server says so (draft: 200 with "ok":true; submit/withdraw: 303 redirect). Every
-- confirmed write raises the answer's draft_version by exactly one, which the check counts on.
-- Usage: wrk -s bench/writes.lua URL -- sessions.tsv
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local learners = {}
local visits = {}
local next_learner = 0
confirmed, refused = 0, 0

function init(args)
  local file = assert(io.open(args[1]))
  local n = 0
  for line in file:lines() do
    n = n + 1
    -- each wrk thread takes its own share of the learners
    if (n % 2) == (id % 2) then
      local session, token = line:match("([^\t]+)\t([^\t]+)")
      table.insert(learners, { session = session, token = token })
    end
  end
  file:close()
  for i = 1, #learners do visits[i] = 0 end
end

local text = "Een+winkel+met+veel+vaste+klanten+uit+de+buurt%2C+en+een+paar+van+ver+weg."
local fields = "&verwachting=Meer+weten+over+klantbeleving&enthousiast_over=De+bakker+om+de+hoek"

function request()
  next_learner = next_learner % #learners + 1
  local l = learners[next_learner]
  local phase = visits[next_learner] % 6
  visits[next_learner] = visits[next_learner] + 1
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "cs_session=" .. l.session }
  local path, body
  if phase < 4 then
    headers["Accept"] = "application/json"
    path, body = "/opdracht/1/concept", "_csrf=" .. l.token .. "&organisatie=" .. text .. fields
  elseif phase == 4 then
    path, body = "/opdracht/1/inleveren", "_csrf=" .. l.token .. "&organisatie=" .. text .. fields
  else
    path, body = "/opdracht/1/terugtrekken", "_csrf=" .. l.token
  end
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  if (status == 200 and body:find('"ok":true', 1, true)) or status == 303 then
    confirmed = confirmed + 1
  elseif status == 409 or status == 422 then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local total_confirmed, total_refused = 0, 0
  for _, t in ipairs(threads) do
    total_confirmed = total_confirmed + t:get("confirmed")
    total_refused = total_refused + t:get("refused")
  end
  local e = summary.errors
  io.write(string.format('{"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p99_ms":%.2f,"errors":%d,"confirmed":%d,"refused":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + (e.status - total_refused), total_confirmed, total_refused))
end
