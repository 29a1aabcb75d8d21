-- Replays a request list written by `filmsearch-bench requests` in a loop, one list position per request:
--   wrk -t1 -c1 -d20s -s bench/peers/replay.lua http://127.0.0.1:PORT -- REQUESTS_FILE
-- Each line: METHOD<TAB>PATH<TAB>CONTENT-TYPE<TAB>BODY ("-" for none). At the end prints one line:
--   RESULT requests/s p50-ms p90-ms p99-ms errors requests non-2xx
local reqs = {}
local i = 0

init = function(args)
  for line in io.lines(args[1]) do
    local method, path, ctype, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    if method then
      local headers = {}
      if ctype ~= "-" then headers["Content-Type"] = ctype end
      if body == "-" then body = nil end
      reqs[#reqs + 1] = wrk.format(method, path, headers, body)
    end
  end
  if #reqs == 0 then error("no requests in " .. tostring(args[1])) end
end

request = function()
  i = i % #reqs + 1
  return reqs[i]
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %.3f %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, summary.requests, e.status))
end
