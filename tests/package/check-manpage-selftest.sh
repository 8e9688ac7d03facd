#!/usr/bin/env bash
# check-manpage-selftest.sh BINARY MANPAGE — the ctest package_manpage_selftest (label package): check-manpage.sh must
# pass on the real man page and fail, naming what is missing, on copies of it with a command's section, an option of a
# command, or an exit code removed.
set -euo pipefail
fail() { echo "check-manpage-selftest: FAIL: $*" >&2; exit 1; }
[ $# -eq 2 ] || fail "usage: check-manpage-selftest.sh BINARY MANPAGE"
binary=$1 manpage=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
zcat -f "$manpage" >"$work/good.1"
"$here/check-manpage.sh" "$binary" "$work/good.1" >/dev/null || fail "check-manpage.sh fails on the real man page"

# expect_failure NAME PATTERN — check-manpage.sh on $work/NAME.1 exits non-zero and says PATTERN.
expect_failure() {
    local name=$1 pattern=$2 out status=0
    cmp -s "$work/good.1" "$work/$name.1" && fail "$name: the mutation changed nothing"
    out=$("$here/check-manpage.sh" "$binary" "$work/$name.1" 2>&1) || status=$?
    [ "$status" -ne 0 ] || fail "$name: check-manpage.sh passed a man page with $name"
    grep -qF -- "$pattern" <<<"$out" || fail "$name: expected \"$pattern\" in: $out"
    echo "ok: $name -> $out"
}

# The watch-log section's heading is gone (its text then reads as part of restore's).
sed '/^\.SS "watch\\-log/d' "$work/good.1" >"$work/no-command.1"
expect_failure no-command 'no section for the command "watch-log"'

# backup's --progress option: its .TP tag line goes, and so does every other mention within backup's section.
awk '/^\.SS "backup/ {on = 1} /^\.SS "restore/ {on = 0} on && /progress/ {next} {print}' "$work/good.1" \
    >"$work/no-option.1"
expect_failure no-option 'does not name its option --progress'

# plan's --json option.
awk '/^\.SS "plan/ {on = 1} /^\.SS "migrate/ {on = 0} on && /json/ {next} {print}' "$work/good.1" \
    >"$work/no-json.1"
expect_failure no-json 'does not name its option --json'

# exit code 5 under EXIT STATUS.
sed '/^\.SH EXIT STATUS/,/^\.SH /{/^\.B 5$/d}' "$work/good.1" >"$work/no-exit-code.1"
expect_failure no-exit-code 'does not list the exit code 5'
echo "check-manpage-selftest: OK"
