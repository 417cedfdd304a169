#!/usr/bin/env bash
# The README's two commands, on a fresh Debian 12 machine:
#   packaging/quickstart.sh demo   install dependencies, build, open the embedded demo
#                                  (the GUI when a display exists, synthreg-cli demo otherwise)
#   packaging/quickstart.sh test   install dependencies, build, run the whole test suite
# Set SYNTHREG_PRESET=asan to build and test under AddressSanitizer + UBSan instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
preset="${SYNTHREG_PRESET:-default}"
case "$mode" in
  demo|test) ;;
  *) echo "usage: $0 demo|test" >&2; exit 2 ;;
esac

packaging/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"

if [[ "$mode" == test ]]; then
  ctest --preset "$preset"
elif [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec "build/app/gui/synthreg" --demo
else
  echo "No display found: running the command-line demo instead of the GUI."
  exec "build/app/cli/synthreg-cli" demo --out build/synthreg-demo-release.zip
fi
