-- wrk script (tools/loadtest/wrk.py): each connection asks for the paths of a file in turn,
-- with the given headers, counts the answers by status and the error answers (4xx, 5xx) by
-- second, and at the end prints all of it with the latency percentiles as one JSON line.
-- Arguments after `--`: the file of paths (one a line), then "Name: value" headers.

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

paths = {}
headers = {}
statuses = {}
error_seconds = {}
counter = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(paths, line) end
  end
  for i = 2, #args do
    local name, value = args[i]:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  -- Threads start at different places in the list, so that every path is asked for at once.
  counter = (id or 0) * 7
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], headers)
end

function response(status, response_headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  if status >= 400 then
    local second = tostring(os.time())
    error_seconds[second] = (error_seconds[second] or 0) + 1
  end
end

local function json_counts(counts)
  local parts = {}
  for key, count in pairs(counts) do
    table.insert(parts, string.format('"%s": %d', key, count))
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end

local function merge(into, counts)
  for key, count in pairs(counts) do
    into[key] = (into[key] or 0) + count
  end
end

function done(summary, latency, requests)
  local all_statuses, all_seconds = {}, {}
  for _, thread in ipairs(threads) do
    merge(all_statuses, thread:get("statuses"))
    merge(all_seconds, thread:get("error_seconds"))
  end
  local errors = summary.errors
  -- With no answer at all there is no latency to speak of (and its mean is not a number).
  local function percentile(p) return summary.requests > 0 and latency:percentile(p) or 0 end
  local mean = summary.requests > 0 and latency.mean or 0
  io.write(string.format(
    'WRK_RESULT {"requests": %d, "duration_us": %d, "bytes": %d, "statuses": %s, "error_seconds": %s, ' ..
    '"socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}, ' ..
    '"latency_us": {"p50": %d, "p90": %d, "p95": %d, "p99": %d, "max": %d, "mean": %d}}\n',
    summary.requests, summary.duration, summary.bytes, json_counts(all_statuses), json_counts(all_seconds),
    errors.connect, errors.read, errors.write, errors.timeout,
    percentile(50), percentile(90), percentile(95), percentile(99), latency.max, mean
  ))
end
