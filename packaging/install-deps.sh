#!/usr/bin/env bash
# Installs every build, test and run-time dependency of SynthReg from Debian 12's archive.
# Idempotent and non-interactive: packages already present are left as they are.
# Usage: packaging/install-deps.sh [--with-golden]   (--with-golden adds R + SciPy for golden values)
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev libxkbcommon-dev libvulkan-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  libtorch-dev libopenblas0-openmp
  libeigen3-dev libsqlite3-dev sqlite3 libquazip1-qt6-dev libgtest-dev libgmock-dev
  libreadstat-dev libxgboost-dev xgboost libboost-math-dev
  fonts-dejavu-core xvfb xauth
)
if [[ "${1:-}" == "--with-golden" ]]; then
  packages+=(r-base-core r-cran-survival python3-scipy python3-statsmodels python3-sklearn python3-pandas)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} == 0 )); then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
