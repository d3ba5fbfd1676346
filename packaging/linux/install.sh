#!/bin/sh
# Install AE Desktop for the current user, no root needed: the app in ~/.local/lib/ae-desktop,
# `ae-desktop` in ~/.local/bin, and the launcher entry, icons and AppStream metadata in
# ~/.local/share, so the app appears in the desktop's menu and opens by double-click.
# Run from the unpacked release (or by `make install-desktop`). Installing again upgrades.
# Your data (~/.local/share/AE Desktop) is never touched.
set -eu

APP_ID=io.aedesktop.AEDesktop
HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE="$HERE/AE Desktop"
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR="$HOME/.local/lib/ae-desktop"
BIN_DIR="$HOME/.local/bin"

if [ ! -x "$BUNDLE/ae-desktop" ]; then
    echo "install.sh: no app in '$BUNDLE'; run this script from the unpacked release." >&2
    exit 1
fi

# The new version goes in beside the old one and replaces it in one rename.
mkdir -p "$HOME/.local/lib" "$BIN_DIR" "$DATA_HOME/applications" "$DATA_HOME/metainfo"
rm -rf "$APP_DIR.new"
cp -R "$BUNDLE" "$APP_DIR.new"
cp "$HERE/uninstall.sh" "$APP_DIR.new/uninstall.sh"
rm -rf "$APP_DIR.old"
if [ -e "$APP_DIR" ]; then mv "$APP_DIR" "$APP_DIR.old"; fi
mv "$APP_DIR.new" "$APP_DIR"
rm -rf "$APP_DIR.old"
ln -sfn "$APP_DIR/ae-desktop" "$BIN_DIR/ae-desktop"

# The launcher runs the installed executable by its full path: ~/.local/bin is not on the
# desktop session's PATH everywhere. A path with spaces is quoted as the spec asks.
sed -e "s|^Exec=ae-desktop|Exec=\"$APP_DIR/ae-desktop\"|" \
    -e "/^Exec=/a TryExec=$APP_DIR/ae-desktop" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/"
for size in 48x48 128x128 256x256 scalable; do
    for icon in "$HERE/share/icons/hicolor/$size/apps/"*; do
        mkdir -p "$DATA_HOME/icons/hicolor/$size/apps"
        cp "$icon" "$DATA_HOME/icons/hicolor/$size/apps/"
    done
done

# Tell the desktop about the new entry and icons, where it has the tools to be told.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" || true
fi
# A user-level icon cache is only refreshed when one exists: creating one would hide the
# icons other apps install later without refreshing it.
if [ -f "$DATA_HOME/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" >/dev/null 2>&1 || true
fi
touch "$DATA_HOME/icons/hicolor" 2>/dev/null || true

echo "AE Desktop installed in $APP_DIR"
echo "Open it from your desktop's menu, or run: $BIN_DIR/ae-desktop"
echo "To remove it: $APP_DIR/uninstall.sh (your data stays where it is)"
