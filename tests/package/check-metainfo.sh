#!/usr/bin/env bash
# check-metainfo.sh BUILD_DIR SOURCE_DIR — the ctest package_metainfo (label package). Checks the configured desktop
# integration files in BUILD_DIR/packaging, without installing anything:
#   - the .desktop file is clean under desktop-file-validate (no errors, no hints);
#   - the AppStream metainfo is clean under appstreamcli validate --no-net (offline: the screenshot URLs point at the
#     release's tag, which exists only once the release is tagged), and has a description, screenshots, releases
#     and a content rating;
#   - every screenshot URL is EDM_SCREENSHOT_BASE_URL + a file name, the README links the same files under
#     docs/screenshots/, and, once docs/screenshots/ exists in SOURCE_DIR, each of them is a PNG there.
set -euo pipefail
fail() { echo "check-metainfo: FAIL: $*" >&2; exit 1; }
[ $# -eq 2 ] || fail "usage: check-metainfo.sh BUILD_DIR SOURCE_DIR"
build=$1 source=$2
for tool in desktop-file-validate appstreamcli xmllint file; do
    command -v "$tool" >/dev/null ||
        fail "$tool is missing; scripts/deps.sh installs it (desktop-file-utils appstream libxml2-utils file)"
done
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en

app_id=$(sed -n 's/^EDM_APP_ID:STRING=//p' "$build/CMakeCache.txt")
base_url=$(sed -n 's/^EDM_SCREENSHOT_BASE_URL:STRING=//p' "$build/CMakeCache.txt")
{ [ -n "$app_id" ] && [ -n "$base_url" ]; } || fail "EDM_APP_ID or EDM_SCREENSHOT_BASE_URL is not in $build/CMakeCache.txt"
desktop=$build/packaging/$app_id.desktop
metainfo=$build/packaging/$app_id.metainfo.xml
{ [ -f "$desktop" ] && [ -f "$metainfo" ]; } || fail "$desktop or $metainfo is missing: configure $build first"

echo "== desktop-file-validate $desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
echo "(no output: clean)"

echo "== appstreamcli validate --no-net --pedantic $metainfo"
status=0
out=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) || status=$?
echo "$out"
[ "$status" -eq 0 ] || fail "appstreamcli validate exited $status"
# Pedantic hints are fine only when they are not errors (E:) or warnings (W:).
! grep -Eq '^[EW]: ' <<<"$out" || fail "appstreamcli reports errors or warnings"

xp() { xmllint --xpath "$1" "$metainfo" 2>/dev/null || true; }
[ -n "$(xp 'normalize-space(/component/description)')" ] || fail "the metainfo has no description"
[ "$(xp 'count(/component/releases/release)')" -ge 1 ] || fail "the metainfo has no <release>"
[ -n "$(xp 'string(/component/content_rating/@type)')" ] || fail "the metainfo has no content rating"
[ "$(xp 'count(/component/screenshots/screenshot[@type="default"])')" = 1 ] ||
    fail "the metainfo needs exactly one default screenshot"
mapfile -t urls < <(xp '/component/screenshots/screenshot/image/text()' | sed 's/<[^>]*>//g; s/^ *//; s/ *$//' |
    grep -v '^$')
[ "${#urls[@]}" -ge 1 ] || fail "the metainfo has no screenshots"
shots=()
for url in "${urls[@]}"; do
    [[ "$url" == "$base_url"* ]] || fail "screenshot $url is not under $base_url"
    shots+=("${url#"$base_url"}")
done
echo "screenshots: ${shots[*]}"

readme_shots=$(grep -oE 'docs/screenshots/[A-Za-z0-9._-]+\.png' "$source/README.md" | sed 's|docs/screenshots/||' |
    sort -u)
[ "$(printf '%s\n' "${shots[@]}" | sort -u)" = "$readme_shots" ] ||
    fail "README.md links the screenshots [$(printf '%s' "$readme_shots" | tr '\n' ' ')], the metainfo has [${shots[*]}]"
if [ -d "$source/docs/screenshots" ]; then
    for shot in "${shots[@]}"; do
        png=$source/docs/screenshots/$shot
        [ -f "$png" ] || fail "$png is referenced by the metainfo and README.md but missing"
        grep -q 'PNG image data' <<<"$(file "$png")" || fail "$png is not a PNG: $(file "$png")"
    done
    echo "every screenshot is in docs/screenshots/"
else
    echo "note: $source/docs/screenshots/ does not exist yet; the files are not checked"
fi
echo "check-metainfo: $app_id.desktop and $app_id.metainfo.xml validate; ${#shots[@]} screenshots"
