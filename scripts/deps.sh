# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Sourced by scripts/run and scripts/test: installs what building and testing need, quietly when it is present.
# Debian 12 (bookworm) packages: the release pins their versions. npm packages (the rig's Postgres servers) are pinned
# by exact version in tests/rig/rig.

EDM_APT_BUILD=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6 qt6-image-formats-plugins
    libyaml-cpp-dev zlib1g-dev libgl-dev libssl-dev
    clang-format
)
EDM_APT_TEST=(xvfb xauth imagemagick poppler-utils patch)
# tests/package: cpack's DEB (dpkg-shlibdeps, file), lintian, the desktop/AppStream validators (xmllint reads the
# metainfo), man, jq for plan's JSON.
EDM_APT_TEST+=(dpkg-dev file lintian desktop-file-utils appstream libxml2-utils man-db jq)

edm_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# edm_apt_install PKG... — installs the packages that are not installed yet.
edm_apt_install() {
    local missing=() pkg
    for pkg in "$@"; do
        grep -q "install ok installed" <<<"$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    edm_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    edm_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# edm_build BUILD_DIR [cmake args…] — configures (once) and builds with Ninja.
edm_build() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$EDM_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    else
        cmake "$dir" "$@" >/dev/null
    fi
    cmake --build "$dir" -j "$(nproc)"
}
