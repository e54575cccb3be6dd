#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (CTest; widget tests on the offscreen
# platform). This is the README's test command and what .ci/run calls.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh"
cd "${REDLINE_BUILD_DIR:-$root/build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 900
