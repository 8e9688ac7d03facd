#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test-spdx-headers.sh — the ctest spdx_headers_selftest (label unit): scripts/spdx-headers on a made-up source tree.
# --check lists exactly the files without the line and changes nothing; a run adds the line where it belongs (first
# line of C++ files, after the shebang of scripts), keeps everything else of each file, its mode and its line endings,
# leaves other files, symbolic links and files naming another licence alone; a second run changes nothing. Every
# failure says why.
set -euo pipefail
fail() {
    echo "test-spdx-headers: FAIL: $*" >&2
    exit 1
}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
script=$root/scripts/spdx-headers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 LANG=C.UTF-8
cxx_line='// SPDX-License-Identifier: GPL-3.0-or-later'
sh_line='# SPDX-License-Identifier: GPL-3.0-or-later'

tree=$work/tree
mkdir -p "$tree"/{src/core,tests/unit,tests/data,tests/rig/image,bench,scripts,.ci}
cd "$tree"
printf '#include "core/A.h"\n\nint a() { return 1; }\n' >src/core/A.cpp
printf '#pragma once\nint a();\n' >src/core/A.h
printf '%s\n#pragma once\n' "$cxx_line" >src/core/Has.h
printf '#pragma once\r\nint crlf();\r\n' >src/core/Crlf.h
: >src/core/Empty.h
printf 'int noNewline()' >'src/core/With space.cpp'
printf '// SPDX-License-Identifier: MIT\nint mit();\n' >src/core/Foreign.cpp
printf '// SPDX-License-Identifier: BSD-3-Clause' >src/core/ForeignNoNewline.h
printf '// A comment first.\n%s\nint late();\n' "$cxx_line" >src/core/Misplaced.cpp
printf 'not C++\n' >src/core/notes.txt
printf 'int outside();\n' >"$work/outside.cpp"
ln -s "$work/outside.cpp" src/core/Link.cpp
printf '#include <QTest>\n' >tests/unit/tst_a.cpp
printf 'int bench();\n' >bench/bench_a.cpp
printf '#!/usr/bin/env bash\nset -e\necho run\n' >scripts/run
chmod 755 scripts/run
printf '# shellcheck shell=bash\nx=1\n' >scripts/deps.sh
printf '#!/bin/sh\n%s\necho has\n' "$sh_line" >scripts/has
printf '#!/usr/bin/env python3\nprint("hi")\n' >scripts/tool
printf '#!/bin/sh' >scripts/only-shebang
printf 'plain data\n' >scripts/data.txt
printf '#!/usr/bin/perl\nprint 1;\n' >scripts/perl-tool
printf '#!/bin/sh\r\necho crlf\r\n' >tests/rig/image/entry
printf '#!/usr/bin/env bash\nexec ./scripts/test\n' >.ci/run
printf '#!/bin/sh\necho data\n' >tests/data/make-data.sh # tests/data is not one of the script folders
printf 'listen = 1\n' >tests/rig/image/server.conf

snapshot() { (cd "$tree" && find . -print0 | LC_ALL=C sort -z | xargs -0 stat -c '%n %a %F' && find . -type f -print0 |
    LC_ALL=C sort -z | xargs -0 sha256sum) >"$1"; sha256sum "$work/outside.cpp" >>"$1"; }
snapshot "$work/before"

echo "== --check lists the files without the line"
status=0
"$script" --check "$tree" >"$work/check.out" 2>"$work/check.err" || status=$?
cat "$work/check.out" "$work/check.err"
[ "$status" -eq 1 ] || fail "--check exited $status, expected 1"
cat >"$work/expected" <<'EOF'
src/core/A.cpp
src/core/A.h
src/core/Crlf.h
src/core/Empty.h
src/core/With space.cpp
tests/unit/tst_a.cpp
bench/bench_a.cpp
scripts/deps.sh
scripts/only-shebang
scripts/run
scripts/tool
tests/rig/image/entry
.ci/run
EOF
diff <(LC_ALL=C sort "$work/expected") <(LC_ALL=C sort "$work/check.out") ||
    fail "--check listed other files than expected (diff above: < expected, > listed)"
grep -q 'Foreign.cpp: line 1 is "// SPDX-License-Identifier: MIT"' "$work/check.err" ||
    fail "--check does not report the file naming another licence"
grep -q 'Misplaced.cpp: line 2 is' "$work/check.err" || fail "--check does not report the misplaced line"
snapshot "$work/after-check"
diff "$work/before" "$work/after-check" || fail "--check changed files (diff above)"

echo "== a run adds the line"
status=0
"$script" "$tree" >"$work/run.out" 2>"$work/run.err" || status=$?
cat "$work/run.out" "$work/run.err"
[ "$status" -eq 1 ] || fail "the run exited $status, expected 1 (three files need a person)"
[ "$(grep -c '^added: ' "$work/run.out")" -eq "$(wc -l <"$work/expected")" ] || fail "the run did not add to every file"
grep -q 'gave 13 files' "$work/run.err" || fail "the run's summary is wrong"

# same FILE CONTENT (printf format, as the fixture was written): FILE is exactly that.
# shellcheck disable=SC2059 # the expected content is written as a printf format, like the fixture
same() { cmp -s "$1" <(printf "$2") || { od -c "$1" | head -n 20 >&2; fail "$1 is not as expected (above)"; }; }
same src/core/A.cpp "$cxx_line\n#include \"core/A.h\"\n\nint a() { return 1; }\n"
same src/core/A.h "$cxx_line\n#pragma once\nint a();\n"
same src/core/Has.h "$cxx_line\n#pragma once\n"
same src/core/Crlf.h "$cxx_line\r\n#pragma once\r\nint crlf();\r\n"
same src/core/Empty.h "$cxx_line\n"
same 'src/core/With space.cpp' "$cxx_line\nint noNewline()"
same src/core/Foreign.cpp '// SPDX-License-Identifier: MIT\nint mit();\n'
same src/core/ForeignNoNewline.h '// SPDX-License-Identifier: BSD-3-Clause'
same src/core/Misplaced.cpp "// A comment first.\n$cxx_line\nint late();\n"
same src/core/notes.txt 'not C++\n'
same "$work/outside.cpp" 'int outside();\n'
[ -L src/core/Link.cpp ] || fail "the symbolic link src/core/Link.cpp was replaced"
same tests/unit/tst_a.cpp "$cxx_line\n#include <QTest>\n"
same bench/bench_a.cpp "$cxx_line\nint bench();\n"
same scripts/run "#!/usr/bin/env bash\n$sh_line\nset -e\necho run\n"
[ "$(stat -c %a scripts/run)" = 755 ] || fail "scripts/run lost its mode: $(stat -c %a scripts/run)"
same scripts/deps.sh "$sh_line\n# shellcheck shell=bash\nx=1\n"
same scripts/has "#!/bin/sh\n$sh_line\necho has\n"
same scripts/tool "#!/usr/bin/env python3\n$sh_line\nprint(\"hi\")\n"
same scripts/only-shebang "#!/bin/sh\n$sh_line\n"
same scripts/data.txt 'plain data\n'
same scripts/perl-tool '#!/usr/bin/perl\nprint 1;\n'
same tests/rig/image/entry "#!/bin/sh\r\n$sh_line\r\necho crlf\r\n"
same tests/rig/image/server.conf 'listen = 1\n'
same .ci/run "#!/usr/bin/env bash\n$sh_line\nexec ./scripts/test\n"
same tests/data/make-data.sh '#!/bin/sh\necho data\n'
leftovers=$(find . -name '*.spdx.*')
[ -z "$leftovers" ] || fail "temporary files were left behind: $leftovers"

echo "== a second run changes nothing"
snapshot "$work/after-run"
status=0
"$script" "$tree" >"$work/again.out" 2>"$work/again.err" || status=$?
cat "$work/again.out" "$work/again.err"
[ "$status" -eq 1 ] || fail "the second run exited $status, expected 1 (the three files still need a person)"
[ ! -s "$work/again.out" ] || fail "the second run added lines again"
snapshot "$work/after-again"
diff "$work/after-run" "$work/after-again" || fail "the second run changed files (diff above)"

echo "== --check passes once a person has fixed the rest"
printf '%s\nint mit();\n' "$cxx_line" >src/core/Foreign.cpp
printf '%s\n// A comment first.\nint late();\n' "$cxx_line" >src/core/Misplaced.cpp
rm src/core/ForeignNoNewline.h
status=0
"$script" --check "$tree" >"$work/final.out" 2>&1 || status=$?
cat "$work/final.out"
[ "$status" -eq 0 ] || fail "--check exited $status on a tree where every file has its line"
[ ! -s "$work/final.out" ] || fail "--check printed something on a clean tree"

echo "== usage"
status=0
"$script" --bogus "$tree" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "an unknown option exited $status, expected 2"
status=0
"$script" --check "$work/no-such-folder" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "a missing ROOT exited $status, expected 2"

echo "test-spdx-headers: OK"
