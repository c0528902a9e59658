-- POST /api/drafts with a realistic body: the English termination sample (override with LOAD_BODY=path).
-- Read at load time, so wrk's own init builds the request once and reuses it.
local path = os.getenv("LOAD_BODY") or "tests/OutlookExit.Tests/Golden/requests/termination-en-sample.json"
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()
