#!/usr/bin/env bash
# Build the portable one-folder app of Elämäni peli and zip it (Linux and macOS; Windows:
# packaging/build.ps1 does the same). From a clone:
#
#   python -m pip install ".[build]"      # PyInstaller, in the build extra
#   packaging/build.sh                    # → dist/Elamani-peli/ and dist/Elamani-peli-VERSION-PLATFORM.zip
#
# PYTHON (default: python), DIST (default: dist) and WORK (default: build/pyinstaller) may be
# set in the environment. The unpacked size is printed by component; on Linux a folder over
# the 90 MB budget fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python}
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "PyInstaller is not installed: python -m pip install '.[build]'" >&2
    exit 2
fi
NAME=$("$PYTHON" packaging/bundle.py name)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" \
    packaging/elamani-peli.spec

case "$(uname -s)" in
    Darwin) FOLDER="$DIST/Elamani-peli.app"; rm -rf "$DIST/Elamani-peli" ;;  # the .app holds it all
    *) FOLDER="$DIST/Elamani-peli" ;;
esac
[ "$(uname -s)" = Darwin ] || cp packaging/LUEMINUT-README.txt "$FOLDER/"

BUDGET=()
[ "$(uname -s)" = Linux ] && BUDGET=(--budget-mb 90)
"$PYTHON" packaging/bundle.py sizes "$FOLDER" "${BUDGET[@]}"
rm -f "$DIST/$NAME.zip"
"$PYTHON" packaging/bundle.py zip "$FOLDER" "$DIST/$NAME.zip"
