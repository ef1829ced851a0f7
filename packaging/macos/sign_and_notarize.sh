#!/usr/bin/env bash
# Sign (hardened runtime) and notarize SMTP Doctor.app or its .dmg -- when an identity is given.
#
#   packaging/macos/sign_and_notarize.sh "packaging/dist/SMTP Doctor.app"
#   packaging/macos/sign_and_notarize.sh packaging/dist/SMTP-Doctor-0.1.0-macos-arm64.dmg
#
# Environment (all optional; with none set the script says so and exits 0, leaving PyInstaller's
# ad-hoc signature, which runs on the build machine but is stopped by Gatekeeper elsewhere):
#   MACOS_SIGN_IDENTITY        "Developer ID Application: Your Name (TEAMID)" (or its SHA-1)
#   MACOS_CERTIFICATE_P12      base64 of a .p12 with that certificate and key (CI): imported into
#   MACOS_CERTIFICATE_PASSWORD   a temporary keychain that is deleted on exit
#   Notarization, one of:
#     MACOS_NOTARY_PROFILE       a profile saved with `xcrun notarytool store-credentials`
#     MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (app-specific password)
#     MACOS_NOTARY_KEY (path to AuthKey_XXXX.p8), MACOS_NOTARY_KEY_ID, MACOS_NOTARY_ISSUER
#   Signed but no notary credentials: signs, says that notarization was skipped, exits 0.
set -euo pipefail

target="${1:?usage: sign_and_notarize.sh PATH.app|PATH.dmg}"
here="$(cd "$(dirname "$0")" && pwd)"
entitlements="$here/entitlements.plist"
say() { echo "sign_and_notarize: $*"; }

if [ "$(uname -s)" != "Darwin" ]; then
  say "not macOS: nothing to do"; exit 0
fi
if [ ! -e "$target" ]; then
  say "no such file: $target"; exit 2
fi

keychain=""
cleanup() { if [ -n "$keychain" ]; then security delete-keychain "$keychain" || true; fi; }
trap cleanup EXIT

if [ -n "${MACOS_CERTIFICATE_P12:-}" ]; then
  keychain="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/smtp-doctor-signing.keychain-db"
  kc_password="$(uuidgen)"
  p12="$(mktemp -t smtp-doctor-cert).p12"
  printf '%s' "$MACOS_CERTIFICATE_P12" | base64 --decode > "$p12"
  security create-keychain -p "$kc_password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$kc_password" "$keychain"
  security import "$p12" -k "$keychain" -P "${MACOS_CERTIFICATE_PASSWORD:-}" \
    -T /usr/bin/codesign -T /usr/bin/security
  security set-key-partition-list -S apple-tool:,apple: -s -k "$kc_password" "$keychain" >/dev/null
  # shellcheck disable=SC2046  # the list of keychains is whitespace separated on purpose
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  rm -f "$p12"
fi

identity="${MACOS_SIGN_IDENTITY:-}"
if [ -z "$identity" ]; then
  say "MACOS_SIGN_IDENTITY is not set: not signing or notarizing $target (ad-hoc signature only;"
  say "other Macs will say it is from an unidentified developer: see docs/packaging.md)"
  exit 0
fi

sign() {  # sign one file or bundle with the hardened runtime and a secure timestamp
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
    --sign "$identity" "$1"
}

case "$target" in
  *.app)
    say "signing every binary in $target, inside out"
    # 1. every Mach-O file that is not a symlink (libraries, extension modules, Qt plugins);
    #    the main executable last, with the bundle.
    main_exe="$target/Contents/MacOS/$(/usr/libexec/PlistBuddy -c 'Print CFBundleExecutable' \
      "$target/Contents/Info.plist")"
    while IFS= read -r -d '' f; do
      if [ "$f" != "$main_exe" ] && file -b "$f" | grep -q "Mach-O"; then sign "$f"; fi
    done < <(find "$target/Contents" -type f -print0)
    # 2. nested frameworks (Qt), deepest first, then 3. the app itself.
    while IFS= read -r -d '' fw; do sign "$fw"; done \
      < <(find "$target/Contents" -type d -name "*.framework" -print0 | sort -rz)
    sign "$target"
    codesign --verify --deep --strict --verbose=2 "$target"
    ;;
  *.dmg)
    codesign --force --timestamp --sign "$identity" "$target"
    ;;
  *)
    say "expected a .app or a .dmg: $target"; exit 2 ;;
esac
say "signed $target as $identity"

notary_args=()
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  notary_args=(--keychain-profile "$MACOS_NOTARY_PROFILE")
  if [ -n "$keychain" ]; then notary_args+=(--keychain "$keychain"); fi
elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ]; then
  notary_args=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "${MACOS_NOTARY_TEAM_ID:?}"
               --password "${MACOS_NOTARY_PASSWORD:?}")
elif [ -n "${MACOS_NOTARY_KEY:-}" ]; then
  notary_args=(--key "$MACOS_NOTARY_KEY" --key-id "${MACOS_NOTARY_KEY_ID:?}"
               --issuer "${MACOS_NOTARY_ISSUER:?}")
else
  say "no notary credentials (MACOS_NOTARY_*): signed but not notarized"
  exit 0
fi

submit="$target"
if [ "${target%.app}" != "$target" ]; then
  submit="$(mktemp -d)/$(basename "$target" .app).zip"
  ditto -c -k --keepParent "$target" "$submit"  # notarytool takes a zip, dmg or pkg
fi
say "submitting $(basename "$submit") to Apple's notary service (takes minutes)"
if ! xcrun notarytool submit "$submit" "${notary_args[@]}" --wait --timeout 30m \
    --output-format json > notary.json; then
  cat notary.json || true
  say "notarization failed; the log: xcrun notarytool log <id> ${notary_args[*]:0:2} ..."
  exit 1
fi
cat notary.json
if ! grep -q '"status" *: *"Accepted"' notary.json; then
  id="$(sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' notary.json | head -1)"
  xcrun notarytool log "$id" "${notary_args[@]}" || true
  say "notarization was not accepted"
  exit 1
fi
rm -f notary.json
xcrun stapler staple "$target"
if [ "${target%.app}" != "$target" ]; then
  spctl --assess --type execute --verbose=2 "$target"
else
  spctl --assess --type open --context context:primary-signature --verbose=2 "$target"
fi
say "notarized and stapled $target"
