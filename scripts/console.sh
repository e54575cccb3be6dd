#!/usr/bin/env bash
# Installs what is missing, builds, generates a demo store (once) and opens the console on it.
# Without a display it runs under Xvfb, so the command still works on a headless machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${REDLINE_BUILD_DIR:-$root/build}
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh"
demo=${REDLINE_DEMO_DB:-$root/demo/redline-demo.db}
mkdir -p "$(dirname "$demo")"
if [ ! -f "$demo" ]; then
  rm -f "$demo.tmp" "$demo.tmp-wal" "$demo.tmp-shm"
  "$build/app/redline-cli" --db "$demo.tmp" generate --mcns 60 --brands 800 --creators 8000 --violations 30000 --seed 1
  # The demo users' password (README "Signing in"). The first one secures the store; from then on the
  # administrator signs in to set the others.
  REDLINE_NEW_PASSWORD=redline-demo "$build/app/redline-cli" --db "$demo.tmp" user passwd admin >/dev/null
  for user in mod.li smod.gao comp.qian viewer; do
    REDLINE_PASSWORD=redline-demo REDLINE_NEW_PASSWORD=redline-demo \
      "$build/app/redline-cli" --db "$demo.tmp" --user admin user passwd "$user" >/dev/null
  done
  mv "$demo.tmp" "$demo" # only a complete demo store takes the name
  rm -f "$demo.tmp-wal" "$demo.tmp-shm"
fi
echo "console: sign in as mod.li (moderator), smod.gao (senior moderator), comp.qian (compliance)," >&2
echo "         admin (policy admin) or viewer; every demo user's password is redline-demo" >&2
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "console: no display; running under Xvfb" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/redline" --db "$demo" "$@"
fi
exec "$build/app/redline" --db "$demo" "$@"
