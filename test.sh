#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine, then runs every test in the solution.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v wrk >/dev/null 2>&1 || need_apt+=(wrk)
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "Installing ${need_apt[*]} ..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

# Microsoft's office.js from npm, served to the pane by the browser tests (test-only; never shipped).
office_js="tests/OutlookExit.BrowserTests/node_modules/@microsoft/office-js/dist/office.js"
if [ ! -f "$office_js" ]; then
  echo "Installing the browser tests' npm packages ..."
  if ! (cd tests/OutlookExit.BrowserTests && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error); then
    echo "npm ci failed in tests/OutlookExit.BrowserTests: the tests with Microsoft's office.js cannot run." >&2
    if [ "${CI:-}" = "true" ]; then exit 1; fi
  fi
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0
dotnet test OutlookExit.sln --logger "trx" --results-directory "$results" "$@" || status=$?

# One plain closing line for every assembly together.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "${CI:-}" = "true" ] && [ "$skipped" -gt 0 ]; then
  echo "CI does not allow skipped tests." >&2
  status=1
fi
exit $status
