#!/usr/bin/env bash
# Make a compressed, read-only .dmg holding SMTP Doctor.app and a link to /Applications.
#
#   packaging/macos/make_dmg.sh "packaging/dist/SMTP Doctor.app" packaging/dist/SMTP-Doctor-0.1.0-macos-arm64.dmg
#
# Sign and notarize the .app first (sign_and_notarize.sh), then the .dmg (build.py does both).
set -euo pipefail

app="${1:?usage: make_dmg.sh PATH.app OUT.dmg}"
dmg="${2:?usage: make_dmg.sh PATH.app OUT.dmg}"
volname="${DMG_VOLUME_NAME:-SMTP Doctor}"

if [ "$(uname -s)" != "Darwin" ]; then
  echo "make_dmg: hdiutil is macOS only" >&2; exit 2
fi
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
# ditto keeps symlinks, extended attributes and the code signature intact (cp -R may not).
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "$volname" -srcfolder "$staging" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "make_dmg: $dmg ($(du -h "$dmg" | cut -f1))"
