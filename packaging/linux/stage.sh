#!/bin/sh
# Lay out the Linux release: stage.sh BUNDLE_DIR RELEASE_DIR (run by `make tarball` and
# `make install-desktop`). RELEASE_DIR gets the bundle as "AE Desktop/", install.sh,
# uninstall.sh, README.txt and share/ (launcher entry, AppStream metadata, icons).
set -eu

APP_ID=io.aedesktop.AEDesktop
BUNDLE=$1
OUT=$2
HERE=$(cd "$(dirname "$0")" && pwd)
ICONS="$HERE/../../resources/icons"

if [ ! -x "$BUNDLE/ae-desktop" ]; then
    echo "stage.sh: no bundle in '$BUNDLE'; run make bundle" >&2
    exit 1
fi
rm -rf "$OUT"
mkdir -p "$OUT/share/applications" "$OUT/share/metainfo" "$OUT/share/icons/hicolor/scalable/apps"
cp -R "$BUNDLE" "$OUT/AE Desktop"
cp "$HERE/install.sh" "$HERE/uninstall.sh" "$HERE/README.txt" "$OUT/"
cp "$HERE/$APP_ID.desktop" "$OUT/share/applications/"
cp "$HERE/$APP_ID.metainfo.xml" "$OUT/share/metainfo/"
cp "$ICONS/ae-desktop.svg" "$OUT/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 48 128 256; do
    mkdir -p "$OUT/share/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/ae-desktop-$size.png" "$OUT/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
echo "$OUT"
