#!/usr/bin/env bash
# Configures and builds Redline into build/ (Ninja, RelWithDebInfo, 2 jobs: the machines have 2 cores).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${REDLINE_BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 "$@"
