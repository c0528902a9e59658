#!/usr/bin/env bash
# Load test of the API on this machine (loopback only), in one bounded run:
#   1. builds the API in Release and starts it with the rate limit raised, pinned to one core;
#   2. warms up, then runs GET /healthz and POST /api/drafts (a realistic body) interleaved, ROUNDS × DURATION s each,
#      with wrk pinned to the other core, recording the server's working set (VmRSS) every second; each round also
#      runs the two floors of a bare app on the same core (tests/load/FloorHost: GET /healthz, and POST /echo, which
#      parses the same body and answers with the product's own response bytes), so the draft can be read against
#      "nothing" and against "JSON in, JSON out";
#   3. restarts the server with a small limit and drives it at 4× that limit, counting statuses.
# Prints medians and ratios with the targets; exits non-zero only for correctness failures (errors, 5xx,
# socket errors, a 429 without Retry-After), not for missed performance targets on a noisy machine.
#
#   tests/load/run.sh                     # defaults below; about 4 minutes
#   ROUNDS=5 DURATION=20 tests/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${LOAD_PORT:-5391}"
FLOOR_PORT="${FLOOR_PORT:-5392}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-20}"        # seconds per measured run
ROUNDS="${ROUNDS:-3}"             # interleaved healthz/drafts pairs
WARMUP="${WARMUP:-10}"            # seconds per endpoint before measuring
SERVER_CPU="${SERVER_CPU:-0}"
WRK_CPU="${WRK_CPU:-1}"
LIMIT_PERMITS="${LIMIT_PERMITS:-50}"   # the limit for the rate-limit run: permits per 1 s window
LIMIT_CONNECTIONS=16
LIMIT_SECONDS="${LIMIT_SECONDS:-12}"
BASE="http://127.0.0.1:$PORT"
FLOOR="http://127.0.0.1:$FLOOR_PORT"
export LOAD_BODY="${LOAD_BODY:-tests/OutlookExit.Tests/Golden/requests/termination-en-sample.json}"
BODY="$LOAD_BODY"

for tool in wrk taskset curl dotnet; do
  command -v "$tool" >/dev/null || { echo "load: '$tool' is missing (apt-get install wrk util-linux curl)" >&2; exit 2; }
done
if curl -s -o /dev/null "$BASE/healthz"; then
  echo "load: something already answers on $BASE; set LOAD_PORT" >&2; exit 2
fi

work="$(mktemp -d)"
server_pid=""
floor_pid=""
sampler_pid=""
stop_server() {
  if [ -n "$sampler_pid" ]; then kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""; fi
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""; fi
}
stop_floor() { if [ -n "$floor_pid" ]; then kill "$floor_pid" 2>/dev/null || true; wait "$floor_pid" 2>/dev/null || true; floor_pid=""; fi; }
cleanup() { stop_server; stop_floor; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== build (Release)"
# LOAD_APP: a directory with an already published API (e.g. an older commit, to compare side by side).
if [ -n "${LOAD_APP:-}" ]; then cp -r "$LOAD_APP" "$work/app"; else
  dotnet publish api -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
fi
dotnet publish tests/load/FloorHost -c Release -o "$work/floor" --nologo -v quiet >"$work/floor-publish.log" 2>&1 || { cat "$work/floor-publish.log"; exit 1; }

start_server() { # permits window-seconds
  ASPNETCORE_ENVIRONMENT=Production \
  RateLimit__PermitsPerWindow="$1" RateLimit__WindowSeconds="$2" \
    taskset -c "$SERVER_CPU" dotnet "$work/app/OutlookExit.Api.dll" --urls "$BASE" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "$BASE/healthz" && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; echo "load: server exited" >&2; exit 1; }
    sleep 0.5
  done
  echo "load: server did not start" >&2; exit 1
}

start_floor() { # answers /echo with the product's own response to the body
  curl -s -H 'Content-Type: application/json' --data @"$BODY" "$BASE/api/drafts" >"$work/floor-response.json"
  FLOOR_RESPONSE="$work/floor-response.json" taskset -c "$SERVER_CPU" dotnet "$work/floor/FloorHost.dll" --urls "$FLOOR" >"$work/floor.log" 2>&1 &
  floor_pid=$!
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "$FLOOR/healthz" && return 0
    kill -0 "$floor_pid" 2>/dev/null || { cat "$work/floor.log"; echo "load: floor host exited" >&2; exit 1; }
    sleep 0.5
  done
  echo "load: floor host did not start" >&2; exit 1
}

run_wrk() { # name seconds connections [script [url]]
  local name="$1" seconds="$2" connections="$3" script="${4:-}" url="${5:-}"
  [ -z "$url" ] && { url="$BASE/healthz"; [ -n "$script" ] && url="$BASE/api/drafts"; }
  local pid="$server_pid"; [[ "$url" == "$FLOOR"* ]] && pid="$floor_pid"
  local before; before=$(cpu_ticks "$pid")
  taskset -c "$WRK_CPU" wrk -t1 -c"$connections" -d"${seconds}s" --timeout 5s --latency ${script:+-s "$script"} "$url" >"$work/$name.txt"
  echo $(( $(cpu_ticks "$pid") - before )) >"$work/$name.cpu"
}

# The serving process's own CPU time (user + system, in clock ticks): on a machine shared with other work,
# CPU time per request moves far less than requests per second.
TICKS_PER_S=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
requests() { awk '/ requests in / {print $1}' "$1"; }
cpu_us() { awk -v t="$(cat "${1%.txt}.cpu")" -v n="$(requests "$1")" -v hz="$TICKS_PER_S" 'BEGIN {printf "%.1f\n", t * 1e6 / hz / n}'; }

# Numbers out of wrk's report.
rps() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
p99_ms() { awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
  print (u == "us" ? v / 1000 : u == "s" ? v * 1000 : v) }' "$1"; }
non2xx() { awk '/Non-2xx or 3xx responses:/ {n = $NF} END {print n + 0}' "$1"; }
socket_errors() { awk '/Socket errors:/ {gsub(/,/, ""); n = $4 + $6 + $8 + $10} END {print n + 0}' "$1"; }
median() { sort -g | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
rss_mb() { awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$server_pid/status"; }

echo "== machine: $(nproc) cores, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo), .NET $(dotnet --version)"
echo "== throughput: server on CPU $SERVER_CPU, wrk on CPU $WRK_CPU, $CONNECTIONS connections, ${WARMUP}s warm-up per endpoint, $ROUNDS × ${DURATION}s per endpoint interleaved"
start_server 1000000000 1
run_wrk warmup-healthz "$WARMUP" "$CONNECTIONS"
run_wrk warmup-drafts "$WARMUP" "$CONNECTIONS" tests/load/body.lua
grep -q '"html"' <(curl -s -H 'Content-Type: application/json' --data @"$BODY" "$BASE/api/drafts") \
  || { echo "load: the sample body does not compose" >&2; exit 1; }
start_floor
echo "  floor /echo answers with $(wc -c <"$work/floor-response.json") bytes, the product's response to the same body"
run_wrk warmup-floor-healthz "$WARMUP" "$CONNECTIONS" "" "$FLOOR/healthz"
run_wrk warmup-floor-echo "$WARMUP" "$CONNECTIONS" tests/load/body.lua "$FLOOR/echo"

# Working set once a second from the start of measured load.
( t=0; while kill -0 "$server_pid" 2>/dev/null; do echo "$t $(rss_mb)"; sleep 1; t=$((t + 1)); done ) >"$work/rss.txt" 2>/dev/null &
sampler_pid=$!

printf '%-6s %-12s %10s %9s %7s %7s %12s\n' round endpoint "req/s" "p99 ms" non2xx sockerr "server µs/req"
for round in $(seq 1 "$ROUNDS"); do
  run_wrk "healthz-$round" "$DURATION" "$CONNECTIONS"
  run_wrk "drafts-$round" "$DURATION" "$CONNECTIONS" tests/load/body.lua
  run_wrk "floorhealthz-$round" "$DURATION" "$CONNECTIONS" "" "$FLOOR/healthz"
  run_wrk "floorecho-$round" "$DURATION" "$CONNECTIONS" tests/load/body.lua "$FLOOR/echo"
  for endpoint in healthz drafts floorhealthz floorecho; do
    f="$work/$endpoint-$round.txt"
    printf '%-6s %-12s %10.0f %9.2f %7d %7d %12s\n' "$round" "$endpoint" "$(rps "$f")" "$(p99_ms "$f")" "$(non2xx "$f")" "$(socket_errors "$f")" "$(cpu_us "$f")"
  done
done
rss10=$(awk '$1 == 10 {print $2}' "$work/rss.txt")
rss60=$(awk '$1 == 60 {print $2}' "$work/rss.txt")
rss_end=$(tail -1 "$work/rss.txt" | awk '{print $2}')
rss_max=$(awk 'max < $2 {max = $2} END {print max}' "$work/rss.txt")
stop_server
stop_floor

h_rps=$(for r in $(seq 1 "$ROUNDS"); do rps "$work/healthz-$r.txt"; done | median)
d_rps=$(for r in $(seq 1 "$ROUNDS"); do rps "$work/drafts-$r.txt"; done | median)
ratio_of_rounds=$(for r in $(seq 1 "$ROUNDS"); do awk -v d="$(rps "$work/drafts-$r.txt")" -v h="$(rps "$work/healthz-$r.txt")" 'BEGIN {print d / h}'; done | median)
h_p99=$(for r in $(seq 1 "$ROUNDS"); do p99_ms "$work/healthz-$r.txt"; done | median)
d_p99=$(for r in $(seq 1 "$ROUNDS"); do p99_ms "$work/drafts-$r.txt"; done | median)
d_p99_max=$(for r in $(seq 1 "$ROUNDS"); do p99_ms "$work/drafts-$r.txt"; done | sort -g | tail -1)
fh_rps=$(for r in $(seq 1 "$ROUNDS"); do rps "$work/floorhealthz-$r.txt"; done | median)
fe_rps=$(for r in $(seq 1 "$ROUNDS"); do rps "$work/floorecho-$r.txt"; done | median)
ratio_echo=$(for r in $(seq 1 "$ROUNDS"); do awk -v d="$(rps "$work/drafts-$r.txt")" -v h="$(rps "$work/floorecho-$r.txt")" 'BEGIN {print d / h}'; done | median)
ratio_spread=$(for r in $(seq 1 "$ROUNDS"); do awk -v d="$(rps "$work/drafts-$r.txt")" -v h="$(rps "$work/healthz-$r.txt")" 'BEGIN {printf "%.2f\n", d / h}'; done | sort -g | tr '\n' ' ')
errors=$(for f in "$work"/healthz-*.txt "$work"/drafts-*.txt "$work"/floor*-*.txt; do echo $(( $(non2xx "$f") + $(socket_errors "$f") )); done | awk '{s += $1} END {print s + 0}')

verdict() { awk -v ok="$1" 'BEGIN {print (ok ? "met" : "MISSED")}'; }
echo
echo "== throughput summary (medians of $ROUNDS rounds)"
echo "healthz: $h_rps req/s, p99 $h_p99 ms"
echo "drafts:  $d_rps req/s, p99 $d_p99 ms (worst round $d_p99_max ms)"
awk -v d="$d_rps" -v h="$h_rps" -v r="$ratio_of_rounds" 'BEGIN {printf "drafts/healthz: median of per-round ratios %.2f (ratio of medians %.2f)\n", r, d / h}'
echo "per-round drafts/healthz ratios, lowest to highest: $ratio_spread"
echo "bare app floor: healthz $fh_rps req/s, echo $fe_rps req/s (echo/healthz $(awk -v e="$fe_rps" -v h="$fh_rps" 'BEGIN {printf "%.2f", e / h}'))"
awk -v d="$d_rps" -v h="$h_rps" -v fh="$fh_rps" -v fe="$fe_rps" -v r="$ratio_echo" 'BEGIN {printf "µs of one core per request: product healthz %.1f, drafts %.1f; bare healthz %.1f, bare echo %.1f; drafts/bare echo %.2f (median of rounds)\n", 1e6 / h, 1e6 / d, 1e6 / fh, 1e6 / fe, r}'
cpu_med() { for r in $(seq 1 "$ROUNDS"); do cpu_us "$work/$1-$r.txt"; done | median; }
c_h=$(cpu_med healthz); c_d=$(cpu_med drafts); c_fh=$(cpu_med floorhealthz); c_fe=$(cpu_med floorecho)
echo "server CPU per request (medians): product healthz $c_h µs, drafts $c_d µs; bare healthz $c_fh µs, bare echo $c_fe µs"
awk -v h="$c_h" -v d="$c_d" -v fh="$c_fh" -v fe="$c_fe" 'BEGIN {printf "by server CPU: drafts/healthz %.2f, drafts/bare echo %.2f, bare echo/bare healthz %.2f\n", h / d, fe / d, fh / fe}'
echo "errors (non-2xx + socket errors, all runs): $errors"
echo "working set: ${rss10} MB at 10 s, ${rss60:-n/a} MB at 60 s, ${rss_end} MB at the end, max ${rss_max} MB"
echo "target drafts/healthz >= 0.45 now: $(verdict "$(awk -v r="$ratio_of_rounds" 'BEGIN {print (r >= 0.45)}')")"
echo "target drafts/healthz >= 0.70: $(verdict "$(awk -v r="$ratio_of_rounds" 'BEGIN {print (r >= 0.7)}')") (median of per-round ratios: each pair ran back to back)"
echo "target drafts p99 <= 5 ms: $(verdict "$(awk -v p="$d_p99" 'BEGIN {print (p <= 5)}')") (median round)"
echo "target zero errors: $(verdict "$([ "$errors" -eq 0 ] && echo 1 || echo 0)")"
if [ -n "${rss60:-}" ]; then
  echo "target working set at 60 s <= 1.15 x at 10 s and <= 200 MB: $(verdict "$(awk -v a="$rss10" -v b="$rss60" 'BEGIN {print (b <= 1.15 * a && b <= 200)}')") ($(awk -v a="$rss10" -v b="$rss60" 'BEGIN {printf "%.2f x", b / a}'))"
else
  echo "target working set: not measured (the measured load lasted under 60 s; raise ROUNDS or DURATION)"
fi

echo
rate=$((4 * LIMIT_PERMITS))
echo "== rate limit: $LIMIT_PERMITS requests/s allowed (window 1 s), driven at about $rate requests/s with $LIMIT_CONNECTIONS connections for ${LIMIT_SECONDS}s"
start_server "$LIMIT_PERMITS" 1
run_wrk limit-warmup 2 2 tests/load/body.lua
# wrk waits LOAD_DELAY_MS after each response; the response time and timer slack come on top.
# Calibrate: a 3 s probe measures that overhead, then the delay is set so the rate is 4x the limit.
export LOAD_DELAY_MS=$((LIMIT_CONNECTIONS * 1000 / rate))
run_wrk limit-probe 3 "$LIMIT_CONNECTIONS" tests/load/limit.lua
probe_rate=$(awk '/^status / {s += $3} END {print s / 3}' "$work/limit-probe.txt")
export LOAD_DELAY_MS=$(awk -v c="$LIMIT_CONNECTIONS" -v r="$rate" -v p="$probe_rate" -v d="$LOAD_DELAY_MS" \
  'BEGIN {overhead = c * 1000 / p - d; x = c * 1000 / r - overhead; printf "%d", (x < 1 ? 1 : x)}')
sleep 1.5
echo "  ${LOAD_DELAY_MS} ms between requests on each connection (probe: $(printf '%.0f' "$probe_rate") requests/s)"
run_wrk limit "$LIMIT_SECONDS" "$LIMIT_CONNECTIONS" tests/load/limit.lua
stop_server
grep -E '^status ' "$work/limit.txt" | sort -k2 -n | sed 's/^status /  HTTP /'
sent=$(awk '/^status / {s += $3} END {print s + 0}' "$work/limit.txt")
other=$(awk '/^status / && $2 != 200 && $2 != 429 {s += $3} END {print s + 0}' "$work/limit.txt")
missing=$(awk '/^missing-retry-after/ {print $2}' "$work/limit.txt")
limit_sock=$(socket_errors "$work/limit.txt")
echo "  achieved $(awk -v n="$sent" -v s="$LIMIT_SECONDS" -v l="$LIMIT_PERMITS" 'BEGIN {printf "%.0f requests/s (%.1f x the limit)", n / s, n / s / l}'); statuses other than 200/429: $other; 429 without Retry-After: $missing; socket errors: $limit_sock"

failed=0
[ "$errors" -eq 0 ] || failed=1
[ "$other" -eq 0 ] && [ "${missing:-1}" -eq 0 ] && [ "$limit_sock" -eq 0 ] && [ "$sent" -gt 0 ] || failed=1
[ "$failed" -eq 0 ] && echo "load: no errors" || echo "load: FAILED (see above)"
exit "$failed"
