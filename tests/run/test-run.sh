#!/usr/bin/env bash
# test-run.sh — the ctest run_firstrun (label unit): the first-run decisions of scripts/run, without a window, a build
# or the rig. The engine is the real docker client pointed at a socket that does not exist (DOCKER_HOST), a docker
# program that does not exist (EDM_DOCKER), or, for "an engine answers" and "it hangs", a small stand-in docker
# program; the app is a stand-in that records how it was started (EDM_RUN_APP). Every failure says why.
set -euo pipefail
fail() { echo "test-run: FAIL: $*" >&2; exit 1; }
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
run=$root/scripts/run
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 LANG=C.UTF-8 XDG_DATA_HOME=$work/data
unset EDM_DEMO EDM_DEMO_DIR EDM_DOCKER EDM_RUN_APP COMPOSE_FILE DOCKER_CONTEXT
mkdir -p "$work/empty" "$work/project" "$work/bin"
printf 'services:\n  postgres:\n    image: postgres:12\n' >"$work/project/compose.yaml"
# A docker that answers like an engine, and one that never answers.
printf '#!/bin/sh\necho 20.10.24\n' >"$work/bin/docker-ok"
printf '#!/bin/sh\nexec sleep 30\n' >"$work/bin/docker-hangs"
# The app: records its arguments, its folder and DOCKER_HOST.
printf '#!/bin/sh\n{ echo "args:$*"; echo "pwd:$(pwd)"; echo "host:${DOCKER_HOST:-}"; } >"%s/app.log"\n' "$work" \
    >"$work/bin/app"
chmod +x "$work/bin/"*
nosocket=unix://$work/no-such-docker.sock

# expect NAME DIR WANT... -- COMMAND...: runs COMMAND in DIR with stdin not a terminal; every WANT (a fixed string) must
# be in its output (stdout and stderr).
expect() {
    local name=$1 dir=$2 out status=0
    shift 2
    local wants=()
    while [ "$1" != -- ]; do wants+=("$1"); shift; done
    shift
    out=$(cd "$dir" && "$@" </dev/null 2>&1) || status=$?
    for want in "${wants[@]}"; do
        grep -qF -- "$want" <<<"$out" || fail "$name: expected \"$want\" in (exit $status):"$'\n'"$out"
    done
    echo "ok: $name"
    last_out=$out last_status=$status
}
absent() { ! grep -qF -- "$1" <<<"$last_out" || fail "$2: \"$1\" should not be in:"$'\n'"$last_out"; }

export QT_QPA_PLATFORM=offscreen # a "display", so that the decisions get past the display check

# 1. The daemon is unreachable (DOCKER_HOST at a socket that does not exist); no terminal, no --demo: it says so,
#    prints how to start the demo, asks nothing, and would open the wizard anyway.
expect "daemon unreachable" "$work/empty" \
    "No Docker engine found: " "no-such-docker.sock" "scripts/run --demo" "EDM_DEMO=1" \
    "would open the wizard on an empty project page (no compose file in $work/empty)" \
    -- env DOCKER_HOST="$nosocket" "$run" --check
absent "[Y/n]" "daemon unreachable"
absent "would start the demo" "daemon unreachable"
[ "$last_status" -eq 0 ] || fail "--check exited $last_status"

# 2. No docker program at all.
expect "no docker program" "$work/project" \
    "No Docker engine found: there is no docker program" "scripts/run --demo" \
    "would open the wizard on the compose project in $work/project (compose.yaml)" \
    -- env EDM_DOCKER="$work/no-such-docker" "$run" --check

# 3. A daemon that does not answer in time.
expect "daemon hangs" "$work/empty" \
    "No Docker engine found: the daemon did not answer within 1 s" \
    -- env EDM_DOCKER="$work/bin/docker-hangs" EDM_DOCKER_TIMEOUT=1 "$run" --check

# 4. --demo and EDM_DEMO=1 answer yes: the rig comes up, the demo project is seeded in XDG_DATA_HOME, DOCKER_HOST
#    points at the rig, the wizard opens on it, and it says how to stop it.
for how in "--demo" "EDM_DEMO=1"; do
    if [ "$how" = --demo ]; then cmd=(env DOCKER_HOST="$nosocket" "$run" --check --demo); else
        cmd=(env DOCKER_HOST="$nosocket" EDM_DEMO=1 "$run" --check); fi
    expect "demo ($how)" "$work/empty" \
        "No Docker engine found" \
        "would start the demo stack: $root/tests/rig/rig up" \
        "would seed the demo project: $root/tests/rig/rig seed $work/data/ente-db-migrate/demo" \
        "would point DOCKER_HOST at the rig: eval \"\$($root/tests/rig/rig env)\"" \
        "would open the wizard on $work/data/ente-db-migrate/demo" \
        "would then say how to stop it: $root/tests/rig/rig down" \
        -- "${cmd[@]}"
    absent "would open the wizard on an empty" "demo ($how)"
done
expect "demo folder chosen" "$work/empty" "would seed the demo project: $root/tests/rig/rig seed $work/elsewhere" \
    -- env DOCKER_HOST="$nosocket" EDM_DEMO_DIR="$work/elsewhere" "$run" --check --demo

# 5. An engine answers: the wizard on the current folder's project, or an empty project page; no demo offered.
expect "engine, project" "$work/project" \
    "would open the wizard on the compose project in $work/project (compose.yaml)" \
    -- env EDM_DOCKER="$work/bin/docker-ok" "$run" --check
absent "No Docker engine" "engine, project"
absent "demo" "engine, project"
expect "engine, no project" "$work/empty" "would open the wizard on an empty project page" \
    -- env EDM_DOCKER="$work/bin/docker-ok" "$run" --check
expect "engine, COMPOSE_FILE" "$work/empty" "would open the wizard on the compose project in $work/empty (COMPOSE_FILE=x.yaml)" \
    -- env EDM_DOCKER="$work/bin/docker-ok" COMPOSE_FILE=x.yaml "$run" --check

# 6. Arguments go to the app, without looking for an engine.
expect "arguments" "$work/empty" "would run: $work/bin/app plan $work/project" \
    -- env DOCKER_HOST="$nosocket" EDM_RUN_APP="$work/bin/app" "$run" --check plan "$work/project"
absent "No Docker engine" "arguments"

# 7. Really launching (the stand-in app): the wizard on the current folder, with no arguments.
expect "launch" "$work/project" "" -- env EDM_DOCKER="$work/bin/docker-ok" EDM_RUN_APP="$work/bin/app" "$run"
[ "$last_status" -eq 0 ] || fail "launch: exited $last_status: $last_out"
grep -qx "args:" "$work/app.log" || fail "launch: the app got arguments: $(cat "$work/app.log")"
grep -qx "pwd:$work/project" "$work/app.log" || fail "launch: the app did not start in the project: $(cat "$work/app.log")"
rm -f "$work/app.log"
expect "launch, no engine, no terminal" "$work/empty" "No Docker engine found" "scripts/run --demo" \
    -- env DOCKER_HOST="$nosocket" EDM_RUN_APP="$work/bin/app" "$run"
grep -qx "pwd:$work/empty" "$work/app.log" || fail "without an engine and a terminal the wizard did not open"
rm -f "$work/app.log"

# 8. No display: the wizard cannot open; it says so and exits 1 without starting anything.
expect "no display" "$work/project" "No display: the wizard needs a desktop session" \
    -- env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM EDM_DOCKER="$work/bin/docker-ok" \
    EDM_RUN_APP="$work/bin/app" "$run"
[ "$last_status" -eq 1 ] || fail "no display: exited $last_status, expected 1"
[ ! -e "$work/app.log" ] || fail "no display: the app was started"
# 9. On a terminal (a pseudo-terminal from script(1)) it asks; "n" opens the wizard on the current folder instead.
if command -v script >/dev/null; then
    out=$(cd "$work/empty" && printf 'n\n' | timeout 60 script -qec "env DOCKER_HOST='$nosocket' \
        EDM_RUN_APP='$work/bin/app' '$run'" /dev/null 2>&1) || fail "on a terminal, answering n: exit $?: $out"
    grep -qF "Start the demo stack (a real Postgres 12 stack with sample data, from tests/rig)? [Y/n]" <<<"$out" ||
        fail "on a terminal, the question was not asked: $out"
    ! grep -qF "scripts/run --demo" <<<"$out" || fail "on a terminal, it printed the hint instead: $out"
    grep -qx "pwd:$work/empty" "$work/app.log" || fail "after answering n the wizard did not open: $out"
    echo "ok: terminal, answer n"
else
    echo "note: script(1) is missing (bsdutils): the question on a terminal is not tested"
fi
echo "test-run: OK"
