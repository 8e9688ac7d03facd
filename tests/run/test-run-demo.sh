#!/usr/bin/env bash
# test-run-demo.sh BUILD_DIR — the ctest run_demo (label e2e): `scripts/run --demo` for real, minus the window. It
# brings the rig up (already up: a no-op), seeds the demo project, points DOCKER_HOST at the rig and starts the app on
# the project, then says how to stop the stack. The app is a stand-in (EDM_RUN_APP) that records how it was started
# and runs the real `ente-db-migrate plan --json` on the project it was given, under the environment it was given: the
# project must be a real Postgres 12 stack the app can migrate. Needs root and the rig, like every e2e test.
set -euo pipefail
fail() { echo "test-run-demo: FAIL: $*" >&2; exit 1; }
[ $# -eq 1 ] || fail "usage: test-run-demo.sh BUILD_DIR"
build=$(cd "$1" && pwd) || fail "no build folder $1"
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
rig=$root/tests/rig/rig
binary=$build/src/ente-db-migrate
[ -x "$binary" ] || fail "$binary is missing: build first"
[ "$(id -u)" -eq 0 ] || fail "the rig needs root; run the e2e tier as root (CI does)"
eval "$("$rig" env)" || fail "tests/rig/rig env failed"
docker version >/dev/null 2>&1 || fail "the rig is not up: run tests/rig/rig up (scripts/test does)"
rig_host=$DOCKER_HOST
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen

work=$(mktemp -d /tmp/edm-demo.XXXXXX)
demo=$work/demop$$ # the folder names the compose project: demop<pid>, unique and the same for compose v1 and v2
cleanup() {
    local status=$?
    if [ -f "$demo/compose.yaml" ]; then
        (cd "$demo" && docker-compose down -v --remove-orphans --timeout 5 >/dev/null 2>&1) || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
cat >"$work/app" <<EOF
#!/bin/sh
{ echo "args:\$*"; echo "host:\${DOCKER_HOST:-}"; } >"$work/app.log"
exec "$binary" plan "\$1" --json >"$work/plan.json"
EOF
chmod +x "$work/app"

# DOCKER_HOST starts out at nothing: scripts/run must point it at the rig itself.
status=0
env -u COMPOSE_PROJECT_NAME -u COMPOSE_FILE DOCKER_HOST="unix://$work/no-such.sock" EDM_DEMO_DIR="$demo" \
    EDM_RUN_APP="$work/app" "$root/scripts/run" --demo </dev/null >"$work/run.log" 2>&1 || status=$?
cat "$work/run.log"
[ "$status" -eq 0 ] || fail "scripts/run --demo exited $status"
for want in "No Docker engine found" "Seeding the demo project in $demo" "Stop it with: $rig down"; do
    grep -qF -- "$want" "$work/run.log" || fail "scripts/run --demo did not say \"$want\""
done
grep -qx "args:$demo" "$work/app.log" || fail "the app was not started on $demo: $(cat "$work/app.log")"
grep -qx "host:$rig_host" "$work/app.log" || fail "DOCKER_HOST was not the rig's ($rig_host): $(cat "$work/app.log")"
[ -f "$demo/compose.yaml" ] || fail "no compose.yaml in $demo"
jq -e '.status == "needs_migration" and .major == 12 and .service == "postgres"' "$work/plan.json" >/dev/null ||
    fail "plan on the demo project: $(cat "$work/plan.json")"
running=$(docker ps -q --filter "label=com.docker.compose.project=demop$$" --filter status=running)
[ -n "$running" ] || fail "the demo's postgres container is not running"
rows=$(docker exec "$running" psql -X -A -t -U pguser -d ente_db -c 'SELECT count(*) FROM users')
[ "$rows" -gt 0 ] || fail "the demo database has no users"
echo "test-run-demo: OK: the demo project $demo runs on the rig ($rows users), the app was started on it"
