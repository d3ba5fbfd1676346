#!/bin/sh
# Remove AE Desktop installed by install.sh for the current user. The data (clients, deals,
# agenda, backups in ~/.local/share/AE Desktop) and the settings stay: delete that folder
# yourself if you mean to lose them.
set -eu

APP_ID=io.aedesktop.AEDesktop
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR="$HOME/.local/lib/ae-desktop"
BIN_LINK="$HOME/.local/bin/ae-desktop"

# The command is removed only when it is ours (a link into the installed app).
if [ -L "$BIN_LINK" ] && [ "$(readlink "$BIN_LINK")" = "$APP_DIR/ae-desktop" ]; then
    rm -f "$BIN_LINK"
fi
rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
for size in 48x48 128x128 256x256; do
    rm -f "$DATA_HOME/icons/hicolor/$size/apps/$APP_ID.png"
done
rm -f "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
rm -rf "$APP_DIR" "$APP_DIR.new" "$APP_DIR.old"

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" || true
fi
# A user-level icon cache is only refreshed when one exists: creating one would hide the
# icons other apps install later without refreshing it.
if [ -f "$DATA_HOME/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" >/dev/null 2>&1 || true
fi

echo "AE Desktop removed. Your data is still in $DATA_HOME/AE Desktop."
