#!/usr/bin/env bash
# Renders resources/icons/app.svg (the source) into the PNGs the hicolor theme gets: resources/icons/app-<N>.png.
# Run it after changing app.svg and commit the PNGs (the build installs them as they are). Needs rsvg-convert
# (librsvg2-bin); optipng, when present, makes them smaller.
set -euo pipefail
icons=$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons" && pwd)
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$icons/app.svg" --output "$icons/app-$size.png"
    if command -v optipng >/dev/null; then optipng -quiet -o5 -strip all "$icons/app-$size.png"; fi
done
echo "render-icons: rendered $icons/app-{16,22,24,32,48,64,128,256}.png"
