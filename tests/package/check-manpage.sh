#!/usr/bin/env bash
# check-manpage.sh BINARY MANPAGE — the man page covers the binary's command line, and renders without warnings.
#   - every command listed by `BINARY --help` has its own `.SS` section under COMMANDS;
#   - every option listed by `BINARY COMMAND --help` is named in that command's section;
#   - every exit code listed by `BINARY --help` is under EXIT STATUS, and so are 0 to 4;
#   - groff and man render it without a warning.
# MANPAGE may be gzipped. Used by the ctest package_manpage and by test-deb.sh on the installed package.
set -euo pipefail
fail() { echo "check-manpage: FAIL: $*" >&2; exit 1; }
[ $# -eq 2 ] || fail "usage: check-manpage.sh BINARY MANPAGE"
binary=$1 manpage=$2
[ -x "$binary" ] || fail "$binary is not an executable"
[ -f "$manpage" ] || fail "$manpage does not exist"
for tool in groff man zcat; do command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install man-db)"; done

export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en
help=$("$binary" --help) || fail "$binary --help failed"
# The man page's source with \- as -, so that `.SS "watch\-log …"` reads as watch-log.
source=$(zcat -f "$manpage" | sed 's/\\-/-/g')

commands=$(printf '%s\n' "$help" | awk '/^Commands:/ {on = 1; next} on && NF == 0 {exit} on {print $1}')
[ -n "$commands" ] || fail "no commands found in the \"Commands:\" part of $binary --help"
for command in $commands; do
    grep -Eq "^\.SS \"?$command( |\"|\$)" <<<"$source" ||
        fail "the man page has no section for the command \"$command\" (add a .SS \"$command …\" block under COMMANDS in packaging/ente-db-migrate.1.in)"
done

# Every option of every command (from `BINARY COMMAND --help`, Qt's -h/--help/--help-all aside) is named in that
# command's section: the text from its .SS line to the next .SS or .SH.
for command in $commands; do
    command_help=$("$binary" "$command" --help) || fail "$binary $command --help failed"
    options=$(printf '%s\n' "$command_help" | awk '/^Options:/ {on = 1; next} on && NF == 0 {exit} on' |
        grep -E '^ +-' | sed -E 's/^ +//; s/ {2,}.*//; s/ <[^>]*>//g; s/, / /g') || true
    [ -n "$options" ] || fail "no options found in the \"Options:\" part of $binary $command --help"
    section=$(printf '%s\n' "$source" | awk -v cmd="$command" '
        /^\.S[SH] / { on = ($0 ~ ("^\\.SS \"?" cmd "( |\"|$)")); if (on) next }
        on')
    for option in $options; do
        case $option in -h | --help | --help-all) continue ;; esac
        grep -Eq -- "(^|[^A-Za-z0-9-])$option([^A-Za-z0-9-]|\$)" <<<"$section" ||
            fail "the man page's section for \"$command\" does not name its option $option (from $binary $command --help)"
    done
done

exit_status=$(printf '%s\n' "$source" | awk '/^\.SH / {on = ($0 ~ /^\.SH "?EXIT STATUS/); next} on')
[ -n "$exit_status" ] || fail "the man page has no EXIT STATUS section"
codes=$(printf '%s\n' "$help" | awk '/^Exit codes:/ {on = 1; next} on && NF == 0 {exit} on {print $1}')
codes=$(for code in 0 1 2 3 4 $codes; do echo "$code"; done | sort -nu | tr '\n' ' ')
for code in $codes; do
    grep -Eq "^\.B $code\$" <<<"$exit_status" || fail "EXIT STATUS does not list the exit code $code"
done

warnings=$(zcat -f "$manpage" | groff -man -ww -z -t 2>&1) || fail "groff failed: $warnings"
[ -z "$warnings" ] || fail "groff warns about the man page:"$'\n'"$warnings"
warnings=$(MANWIDTH=80 man --warnings -l "$manpage" 2>&1 >/dev/null) || fail "man -l failed: $warnings"
[ -z "$warnings" ] || fail "man warns about the man page:"$'\n'"$warnings"

echo "check-manpage: $manpage covers the commands $(printf '%s' "$commands" | tr '\n' ' '), their options and the exit codes ${codes% }; renders cleanly"
