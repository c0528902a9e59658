-- The rate-limit run: POST /api/drafts at a fixed rate (LOAD_DELAY_MS between requests on each connection),
-- counting every status and every 429 that lacks Retry-After.
dofile("tests/load/body.lua")

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

counts = {}
missing_retry_after = 0
local delay_ms = tonumber(os.getenv("LOAD_DELAY_MS") or "20")

function delay()
   return delay_ms
end

function response(status, headers, body)
   counts[status] = (counts[status] or 0) + 1
   if status == 429 and headers["Retry-After"] == nil then
      missing_retry_after = missing_retry_after + 1
   end
end

function done(summary, latency, requests)
   local total = {}
   local missing = 0
   for _, thread in ipairs(threads) do
      for status, n in pairs(thread:get("counts")) do
         total[status] = (total[status] or 0) + n
      end
      missing = missing + thread:get("missing_retry_after")
   end
   for status, n in pairs(total) do
      io.write(string.format("status %d %d\n", status, n))
   end
   io.write(string.format("missing-retry-after %d\n", missing))
end
