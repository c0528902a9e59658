#!/usr/bin/env bash
# Load-and-fault run (loopback only, about a minute): reply drafts under load while the API process and Redis are
# killed with SIGKILL and brought back, then a check that no draft was lost or doubled.
#
#   tests/load/fault.sh                 # defaults below
#   KEYS=300 WORKERS=12 tests/load/fault.sh
#
# What runs: a fake Microsoft Graph as its own process (its mailbox survives the kills; createReply takes
# GRAPH_DELAY_MS so requests are in flight when the kills land), a real redis-server, and the API (the real app,
# with sign-in against a local signing key and on-behalf-of faked; see tests/load/FaultHost). WORKERS clients send
# KEYS reply drafts, each with its own Idempotency-Key, retrying the same request (same key, same body) on any
# 409/5xx/connection error, as the pane does. Meanwhile: kill -9 the API and restart it; kill -9 Redis, check that
# drafting still answers 200 and reply drafts 503 with Retry-After, restart Redis.
# Passes when every key got a 200/201 and the mailbox holds exactly one draft per key, with the letter in it and the
# id the client was told, and no other drafts. What it does not cover: several API instances, a real Graph's
# timing, Redis persistence (Redis comes back empty, which is the harder case: the stamp on the draft is all that is left).
set -euo pipefail
cd "$(dirname "$0")/../.."

API_PORT="${API_PORT:-5396}"
GRAPH_PORT="${GRAPH_PORT:-5397}"
REDIS_PORT="${REDIS_PORT:-5398}"
KEYS="${KEYS:-160}"
WORKERS="${WORKERS:-8}"
GRAPH_DELAY_MS="${GRAPH_DELAY_MS:-300}"
DEADLINE="${DEADLINE:-90}"     # seconds the clients may keep retrying
BASE="http://127.0.0.1:$API_PORT"

for tool in curl dotnet redis-server; do
  command -v "$tool" >/dev/null || { echo "fault: '$tool' is missing (apt-get install curl redis-server)" >&2; exit 2; }
done
for port in "$API_PORT" "$GRAPH_PORT" "$REDIS_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "fault: port $port is taken; set API_PORT/GRAPH_PORT/REDIS_PORT" >&2; exit 2; fi
done

work="$(mktemp -d)"
api_pid=""; graph_pid=""; redis_pid=""; load_pids=()
cleanup() {
  for pid in "${load_pids[@]}" "$api_pid" "$graph_pid" "$redis_pid"; do
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== build"
dotnet build tests/load/FaultHost -c Release -o "$work/host" --nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
host="$work/host/FaultHost.dll"

start_redis() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no >"$work/redis.log" 2>&1 &
  redis_pid=$!
}
start_api() {
  rm -f "$work/token"
  (cd "$work/host" && ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT" Idempotency__ClaimSeconds=5 \
    exec dotnet "$host" api "$API_PORT" "$GRAPH_PORT" "$work/token") >>"$work/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 150); do [ -s "$work/token" ] && curl -fs -o /dev/null "$BASE/healthz" && return 0; sleep 0.1; done
  echo "fault: the API did not start"; tail -30 "$work/api.log"; exit 1
}

start_redis
(cd "$work/host" && exec dotnet "$host" graph "$GRAPH_PORT" "$GRAPH_DELAY_MS") >"$work/graph.log" 2>&1 &
graph_pid=$!
start_api
echo "== load: $KEYS reply drafts from $WORKERS clients, retrying until done (at most ${DEADLINE}s)"

body='{"messageId":"AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAAAiQ8W967B7TKBjgx9rVEURBwAiIsqMbYjsT5e-T7KzowPTAAAYbuK-AAA=","replyAll":false,"draft":{"kind":"termination","language":"en","today":"2026-11-27","sender":{"name":"Alex Rivera"},"client":{"name":"Jordan Lee"},"plan":{"lastWorkingDay":"2026-12-11"}}}'
end=$(( $(date +%s) + DEADLINE ))
# One client: sends its keys one after the other; each key is retried (same key, same body) until 200/201.
client() {
  local worker=$1 key status id
  for n in $(seq "$worker" "$WORKERS" "$KEYS"); do
    key="fault-$$-$n"; id=""
    while [ "$(date +%s)" -lt "$end" ]; do
      status=$(curl -s -o "$work/resp-$worker" -w '%{http_code}' --max-time 10 -X POST "$BASE/api/reply-drafts" \
        -H "Authorization: Bearer $(cat "$work/token" 2>/dev/null)" -H "Idempotency-Key: $key" \
        -H 'Content-Type: application/json' -d "$body" 2>/dev/null || true)
      echo "$status" >>"$work/statuses-$worker"
      if [ "$status" = 201 ] || [ "$status" = 200 ]; then
        id=$(grep -o '"id":"[^"]*"' "$work/resp-$worker" | head -1 | cut -d'"' -f4); break
      fi
      sleep 0.3
    done
    echo "$key $id" >>"$work/results-$worker"
  done
}
for w in $(seq 1 "$WORKERS"); do client "$w" & load_pids+=($!); done

sleep 2
echo "== kill -9 the API mid-load, restart it"
kill -9 "$api_pid"; wait "$api_pid" 2>/dev/null || true
start_api
sleep 2
echo "== kill -9 Redis mid-load"
kill -9 "$redis_pid"; wait "$redis_pid" 2>/dev/null || true
sleep 1
drafting_ok=0
for _ in $(seq 1 10); do
  s=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -X POST "$BASE/api/drafts" -H 'Content-Type: application/json' \
    -d '{"kind":"termination","sender":{"name":"Alex"},"client":{"name":"Jordan"}}' || true)
  [ "$s" = 200 ] && drafting_ok=$((drafting_ok + 1))
done
t0=$(date +%s%N)
degraded=$(curl -s -D "$work/h503" -o /dev/null -w '%{http_code}' --max-time 5 -X POST "$BASE/api/reply-drafts" \
  -H "Authorization: Bearer $(cat "$work/token")" -H "Idempotency-Key: probe-$$" -H 'Content-Type: application/json' -d "$body" || true)
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
ready=$(curl -s "$BASE/healthz/ready" || true)
echo "  while Redis is down: POST /api/drafts 200 for $drafting_ok/10; reply draft $degraded in ${ms} ms$(grep -qi '^retry-after' "$work/h503" && echo ' with Retry-After'); ready: $ready"
sleep 2
echo "== restart Redis (empty)"
start_redis

for pid in "${load_pids[@]}"; do wait "$pid" || true; done
load_pids=()
cat "$work"/results-* >"$work/results"
cat "$work"/statuses-* | sort | uniq -c | sort -rn | awk '{printf "  %s × %s\n", $1, $2}' | sed 's/× 000/× 000 (no connection)/'
echo "== check the mailbox"
status=0
dotnet "$host" check "$GRAPH_PORT" "$work/results" || status=1
[ "$drafting_ok" = 10 ] || { echo "  drafting failed while Redis was down"; status=1; }
[ "$degraded" = 503 ] || { echo "  reply drafts did not answer 503 while Redis was down"; status=1; }
[ "$status" = 0 ] && echo "fault: PASS (nothing lost, nothing doubled)" || echo "fault: FAIL"
exit $status
