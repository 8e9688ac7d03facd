#!/usr/bin/env bash
# test-readme.sh BUILD_DIR — the ctest readme (label e2e): runs the README's commands so that it cannot rot.
#
# Every line of every ```sh block of README.md runs, in order; each block starts in the repository root, in one bash
# with `set -o pipefail` (a `cd` carries on to the block's next lines). HOME is a temporary folder holding a project
# seeded by the rig as ~/ente/server (the README's example path; a tenth of the seed's rows, to keep it short), under a
# compose project name of its own (COMPOSE_PROJECT_NAME). A line must exit 0, or N where it ends with `[exit N]` (in its comment). Two lines cannot run
# as they are inside a test: `./scripts/run …` runs with --check (its decisions, no window) and `./scripts/test …`
# with -N (it builds, and lists the tests instead of running them: this test is one of them), with EDM_SKIP_RIG=1 so
# that it leaves the shared rig alone. Needs the rig up (scripts/test brings it up) and root, like every e2e test.
set -uo pipefail
fail() { echo "test-readme: FAIL: $*" >&2; exit 1; }
[ $# -eq 1 ] || fail "usage: test-readme.sh BUILD_DIR"
build=$(cd "$1" && pwd) || fail "no build folder $1"
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readme=$root/README.md
rig=$root/tests/rig/rig
[ -x "$build/src/ente-db-migrate" ] || fail "$build/src/ente-db-migrate is missing: build first"
[ "$(id -u)" -eq 0 ] || fail "the rig needs root; run the e2e tier as root (CI does)"
eval "$("$rig" env)" || fail "tests/rig/rig env failed"
docker version >/dev/null 2>&1 || fail "the rig is not up: run tests/rig/rig up (scripts/test does)"

export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen
export EDM_SKIP_RIG=1 EDM_BUILD_DIR=$build
export PATH=$build/src:$PATH
work=$(mktemp -d /tmp/edm-readme.XXXXXX)
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config
export COMPOSE_PROJECT_NAME=readme$$
unset COMPOSE_FILE DOCKER_CONTEXT EDM_DEMO EDM_DEMO_DIR EDM_RUN_APP
project=$HOME/ente/server
cleanup() {
    local status=$?
    if [ -f "$project/compose.yaml" ]; then
        (cd "$project" && docker-compose down -v --remove-orphans --timeout 5 >/dev/null 2>&1) || true
    fi
    # Rollback keeps the converted data in a volume of its own; every container and volume of this project goes.
    docker ps -aq --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" | xargs -r docker rm -f >/dev/null 2>&1
    docker volume ls -q --filter "name=^${COMPOSE_PROJECT_NAME}_" | xargs -r docker volume rm -f >/dev/null 2>&1
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

started=$(date +%s)
echo "== seeding $project (compose project $COMPOSE_PROJECT_NAME)"
mkdir -p "$project"
"$rig" seed "$project" >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; fail "tests/rig/rig seed failed"; }
tail -n 1 "$work/seed.log"
# A tenth of the seed is enough to show that the commands work, and keeps the test short: users 501+ go (and with them,
# by ON DELETE CASCADE, their files, collections, keys, …), and nine in ten file_data rows.
container=$(docker ps -q --filter "label=com.docker.compose.project=$COMPOSE_PROJECT_NAME" \
    --filter label=com.docker.compose.service=postgres)
[ -n "$container" ] || fail "no postgres container after tests/rig/rig seed"
docker exec "$container" psql -X -q -v ON_ERROR_STOP=1 -U pguser -d ente_db -c 'DELETE FROM users WHERE user_id > 500' \
    -c 'DELETE FROM file_data WHERE ctid IN (SELECT ctid FROM file_data OFFSET 2500)' >"$work/thin.log" 2>&1 ||
    { cat "$work/thin.log" >&2; fail "thinning the seeded data failed"; }
rows=$(docker exec "$container" psql -X -A -t -U pguser -d ente_db -c \
    "SELECT sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true,
     '')))[1]::text::bigint) FROM information_schema.tables WHERE table_schema = 'public'") || fail "counting rows failed"
echo "the project holds $rows rows"

# The ```sh blocks: "BLOCK<TAB>LINE_NUMBER<TAB>COMMAND" for each command line (blank and comment-only lines skipped).
awk '
    /^```/ { if (inside) { inside = 0; next } if ($0 == "```sh") { inside = 1; block++ } else { other = !other } next }
    inside && $0 !~ /^[[:space:]]*(#.*)?$/ { printf "%d\t%d\t%s\n", block, NR, $0 }
' "$readme" >"$work/commands"
blocks=$(cut -f1 "$work/commands" | sort -nu | wc -l)
lines=$(wc -l <"$work/commands")
[ "$lines" -ge 20 ] || fail "found only $lines commands in the sh blocks of README.md"
grep -qP '\t\./scripts/run' "$work/commands" || fail "README.md shows no ./scripts/run"

# One script per block: each line echoed, run, and its exit code compared with the expected one.
current=0
while IFS=$'\t' read -r block number command; do
    expected=0
    if [[ "$command" =~ \[exit\ ([0-9]+)\][[:space:]]*$ ]]; then expected=${BASH_REMATCH[1]}; fi
    run=$command
    case $command in
        ./scripts/run*) run="./scripts/run --check${command#./scripts/run}" ;;
        ./scripts/test* | EDM_SKIP_RIG=1\ ./scripts/test*) run="${command%%#*} -N" ;;
    esac
    script=$work/block-$block.sh
    if [ "$block" != "$current" ]; then
        current=$block
        printf 'set -o pipefail\ncd %q || exit 99\n' "$root" >"$script"
    fi
    {
        printf 'printf "%%s\\n" %q\n' "README.md:$number\$ $command"
        printf '%s\n' "$run"
        printf 'rc=$?; if [ "$rc" -ne %d ]; then echo "README.md:%d: exit $rc, expected %d: "%q >&2; exit 98; fi\n' \
            "$expected" "$number" "$expected" "$command"
    } >>"$script"
done <"$work/commands"

for block in $(cut -f1 "$work/commands" | sort -nu); do
    bash "$work/block-$block.sh" </dev/null || fail "the README's command above did not do what it shows"
done
echo "test-readme: OK: $lines commands in $blocks blocks of README.md ran as shown, in $(($(date +%s) - started)) s"
