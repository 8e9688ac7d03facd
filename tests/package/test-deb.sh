#!/usr/bin/env bash
# test-deb.sh BUILD_DIR — the ctest package_deb (label package). Builds the Debian package with cpack, checks it with
# lintian (no errors), installs it into this machine with apt-get, runs the installed /usr/bin/ente-db-migrate
# (--version, plan on a small compose project, the wizard offscreen), validates the installed .desktop file, AppStream
# metainfo, icons and man page, and removes the package again. Needs root, as CI runs it; every failure says why.
set -euo pipefail

fail() {
    echo "test-deb: FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }
[ $# -eq 1 ] || fail "usage: test-deb.sh BUILD_DIR"
build=$(cd "$1" && pwd) || fail "no build folder $1"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
package=ente-db-migrate
installed_binary=/usr/bin/ente-db-migrate

if [ "$(id -u)" -ne 0 ]; then
    fail "this test installs the package with apt-get and needs root (CI runs as root); run ctest as root, or leave \
out the label: ctest -LE package"
fi
for tool in cpack dpkg-deb dpkg-shlibdeps apt-get lintian desktop-file-validate appstreamcli groff man file jq objdump; do
    command -v "$tool" >/dev/null ||
        fail "$tool is missing; scripts/deps.sh installs it (apt-get install dpkg-dev lintian desktop-file-utils \
appstream man-db file jq)"
done
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en
export DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1
work=$(mktemp -d)
installed=0
cleanup() {
    local status=$?
    if [ "$installed" = 1 ]; then
        apt-get remove -y -qq "$package" >"$work/remove.log" 2>&1 ||
            { echo "test-deb: removing $package failed:" >&2; cat "$work/remove.log" >&2; status=1; }
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

step "building the package (cpack)"
# ctest runs on a built tree (scripts/test builds first); cpack installs what is built, it builds nothing.
for built in src/ente-db-migrate packaging/ente-db-migrate.1.gz packaging/changelog.gz; do
    [ -e "$build/$built" ] || fail "$build/$built is missing: build first (cmake --build $build)"
done
rm -rf "$build/packages"
(cd "$build" && cpack --config CPackConfig.cmake) >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$build/packages/${package}_"*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "cpack made no single $build/packages/${package}_*.deb"; fi
deb=${debs[0]}
echo "$deb"

step "control fields"
field() { dpkg-deb --field "$deb" "$1"; }
version=$(field Version)
depends=$(field Depends)
recommends=$(field Recommends)
echo "Version: $version"
echo "Depends: $depends"
echo "Recommends: $recommends"
[ "$(field Package)" = "$package" ] || fail "the package is named $(field Package), not $package"
depends_names=$(printf '%s\n' "$depends" | tr ',|' '\n' | sed 's/^ *//; s/[ (].*//')
for dependency in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libyaml-cpp0.7 libc6 libstdc++6; do
    grep -qxF "$dependency" <<<"$depends_names" || fail "Depends lacks $dependency: $depends"
done
# Every shared library the binary is linked against (NEEDED) comes from a package that Depends names.
dpkg-deb -x "$deb" "$work/payload"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
for library in $(objdump -p "$work/payload/usr/bin/$package" | awk '$1 == "NEEDED" {print $2}'); do
    owner=$(dpkg-query -S "*/$multiarch/$library" 2>/dev/null | head -n 1 | cut -d: -f1) ||
        fail "no installed package has $library, which the binary needs"
    [ -n "$owner" ] || fail "no installed package has $library, which the binary needs"
    grep -qxF "$owner" <<<"$depends_names" ||
        fail "the binary needs $library from $owner, which Depends lacks: $depends"
    echo "NEEDED $library: $owner (in Depends)"
done
for alternative in "docker.io | docker-ce" "docker-compose-plugin | docker-compose"; do
    [[ "$recommends" == *"$alternative"* ]] || fail "Recommends lacks \"$alternative\": $recommends"
done

step "licence"
# Where lintian wants it, machine-readable, GPL-3+ with the short paragraph pointing at the common licence text.
copyright=$work/payload/usr/share/doc/$package/copyright
[ -f "$copyright" ] || fail "the package has no /usr/share/doc/$package/copyright"
grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' <<<"$(head -n 1 "$copyright")" ||
    fail "the copyright file is not in the machine-readable format"
[ "$(grep -c '^License: GPL-3+$' "$copyright")" -eq 2 ] ||
    fail "the copyright file does not name GPL-3+ for Files: * and give its License paragraph"
grep -q '/usr/share/common-licenses/GPL-3' "$copyright" || fail "the copyright file does not point at the GPL-3 text"
grep -q '<project_license>GPL-3.0-or-later</project_license>' "$work/payload/usr/share/metainfo/"*.metainfo.xml ||
    fail "the metainfo's project_license is not GPL-3.0-or-later"
echo "copyright: GPL-3+; metainfo: GPL-3.0-or-later"

step "lintian"
lintian_status=0
lintian --fail-on error --display-info --pedantic --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 ||
    lintian_status=$?
grep -v '^running with root privileges' "$work/lintian.log" || true
count() { grep -c "^$1: " "$work/lintian.log" || true; }
summary="$(count E) errors, $(count W) warnings, $(count I) infos, $(count P) pedantic"
echo "lintian: $summary"
[ "$lintian_status" -eq 0 ] || fail "lintian reports errors (exit $lintian_status), see above"
! grep -q '^E:' "$work/lintian.log" || fail "lintian reports errors, see above"

step "apt-get install $deb"
if previous=$(dpkg-query -W -f='${Version}' "$package" 2>/dev/null) && [ -n "$previous" ]; then
    echo "note: $package $previous was installed already; it is replaced now and removed at the end"
fi
installed=1
apt-get install -y -q --no-install-recommends "$deb" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log" >&2; fail "apt-get install $deb failed"; }
grep -q 'install ok installed' <<<"$(dpkg-query -W -f='${Status}' "$package")" || fail "$package is not installed after apt-get"
dpkg -L "$package" >"$work/files"
grep -qx "$installed_binary" "$work/files" || fail "the package does not install $installed_binary"
[ -x "$installed_binary" ] || fail "$installed_binary is not executable"
if ldd "$installed_binary" | grep 'not found'; then fail "$installed_binary misses shared libraries (above)"; fi

step "$installed_binary --version"
got=$("$installed_binary" --version) || fail "$installed_binary --version exited $?"
echo "$got"
[ "$got" = "ente-db-migrate $version" ] || fail "--version says \"$got\", the package is $version"

step "$installed_binary plan on a compose project"
project=$work/project
mkdir -p "$project"
cat >"$project/compose.yaml" <<'YAML'
services:
  museum:
    image: ghcr.io/ente-io/server
    depends_on:
      - postgres
  postgres:
    image: postgres:12 # the old sample
    environment:
      POSTGRES_USER: pguser
      POSTGRES_PASSWORD: ${DB_PASSWORD:-s3cret-Test-Password}
      POSTGRES_DB: ente_db
    volumes:
      - postgres-data:/var/lib/postgresql/data
volumes:
  postgres-data:
YAML
sum_before=$(sha256sum "$project/compose.yaml")
plan_status=0
(cd / && env -u COMPOSE_FILE -u COMPOSE_PROJECT_NAME -u DB_PASSWORD "$installed_binary" plan "$project" --json) \
    >"$work/plan.json" 2>"$work/plan.err" || plan_status=$?
cat "$work/plan.json"
[ "$plan_status" -eq 0 ] || { cat "$work/plan.err" >&2; fail "plan --json exited $plan_status"; }
check() {
    local filter=$1 expected=$2 got
    got=$(jq -r "$filter" "$work/plan.json") || fail "plan --json printed no valid JSON"
    [ "$got" = "$expected" ] || fail "plan --json: $filter is \"$got\", expected \"$expected\""
}
check .service postgres
check .image postgres:12
check .major 12
check .status needs_migration
check .compose_file compose.yaml
check .volume.name postgres-data
check .credentials.user pguser
check .credentials.database ente_db
check .credentials.password_set true
check '.steps | length' 2
check '.steps[0].image' pgautoupgrade/pgautoupgrade:16-trixie
check '.steps[1].image' postgres:16
grep -qx -- '+    image: pgautoupgrade/pgautoupgrade:16-trixie # the old sample' <<<"$(jq -r '.steps[0].diff' "$work/plan.json")" ||
    fail "the first step's diff does not change the image line, keeping its comment"
! grep -q 's3cret-Test-Password' "$work/plan.json" "$work/plan.err" || fail "plan printed the password"
[ "$(sha256sum "$project/compose.yaml")" = "$sum_before" ] || fail "plan changed compose.yaml"
"$installed_binary" plan "$project" >"$work/plan.txt" 2>&1 || { cat "$work/plan.txt" >&2; fail "plan (text) failed"; }
grep -q '^Nothing was changed\.$' "$work/plan.txt" || { cat "$work/plan.txt" >&2; fail "plan's text output is wrong"; }
mkdir "$work/empty"
plan_status=0
"$installed_binary" plan "$work/empty" --json >"$work/error.json" 2>/dev/null || plan_status=$?
[ "$plan_status" -eq 2 ] || fail "plan on a folder without a compose file exited $plan_status, expected 2"
[ "$(jq -r .error.code "$work/error.json")" = no_compose_file ] || fail "plan's error JSON: $(cat "$work/error.json")"

step "$installed_binary (the wizard) offscreen"
wizard_status=0
QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 timeout 5 "$installed_binary" >"$work/wizard.log" 2>&1 ||
    wizard_status=$?
[ "$wizard_status" -eq 124 ] ||
    { cat "$work/wizard.log" >&2; fail "the wizard exited ($wizard_status) instead of running until it was stopped"; }
if grep -Ei 'could not (load|find)|cannot load|failed to' "$work/wizard.log"; then
    fail "the wizard could not load a Qt plugin (above)"
fi
# The window icon is an SVG: drawn by the plugin of libqt6svg6, which the package depends on for that.
grep -q 'iconengines/libqsvgicon.so" loaded library' "$work/wizard.log" ||
    { cat "$work/wizard.log" >&2; fail "the wizard did not load Qt's SVG icon engine"; }

step "desktop file, metainfo, icons"
desktop=$(grep -E '^/usr/share/applications/[^/]+\.desktop$' "$work/files") || fail "no .desktop file installed"
metainfo=$(grep -E '^/usr/share/metainfo/[^/]+\.metainfo\.xml$' "$work/files") || fail "no metainfo installed"
app_id=$(basename "$desktop" .desktop)
echo "app id: $app_id"
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
[ -z "$(desktop-file-validate "$desktop")" ] || fail "desktop-file-validate has hints for $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $metainfo"
[ "$(basename "$metainfo" .metainfo.xml)" = "$app_id" ] || fail "the metainfo is not named after $app_id"
grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo's <id> is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo's launchable is not $app_id.desktop"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "the metainfo's newest release is $newest, the package is $version"
grep -q 'not made by, affiliated with or endorsed by Ente' <<<"$(tr -s ' \n' ' ' <"$metainfo")" ||
    fail "the metainfo does not say that this is not Ente's"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file's Icon is not $app_id"
exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ "/usr/bin/$exec_program" = "$installed_binary" ] || fail "Exec=$exec_program does not name $installed_binary"
icons=/usr/share/icons/hicolor
grep -qx "$icons/scalable/apps/$app_id.svg" "$work/files" || fail "no scalable icon $app_id.svg"
for size in 16 22 24 32 48 64 128 256; do
    png=$icons/${size}x${size}/apps/$app_id.png
    grep -qx "$png" "$work/files" || fail "no $png"
    grep -q "PNG image data, $size x $size," <<<"$(file "$png")" || fail "$png is not a ${size}x$size PNG: $(file "$png")"
done

step "man page"
manpage=$(grep -E '^/usr/share/man/man1/ente-db-migrate\.1\.gz$' "$work/files") || fail "no man page in the package"
if [ -f "$manpage" ]; then
    grep -qx "$manpage" <<<"$(man -aw ente-db-migrate)" || fail "man -aw ente-db-migrate does not find $manpage"
else
    # dpkg may be told to leave out man pages (path-exclude in /etc/dpkg/dpkg.cfg.d): check the packaged one.
    echo "note: dpkg did not install $manpage (path-exclude?); checking the one in the package"
    dpkg-deb -x "$deb" "$work/unpacked"
    manpage=$work/unpacked$manpage
fi
"$here/check-manpage.sh" "$installed_binary" "$manpage"

step "apt-get remove $package"
installed=0
apt-get remove -y -qq "$package" >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "apt-get remove failed"; }
[ ! -e "$installed_binary" ] || fail "$installed_binary is still there after apt-get remove"
echo "test-deb: OK: $(basename "$deb") builds, is lintian-clean of errors ($summary), installs, runs and \
removes"
