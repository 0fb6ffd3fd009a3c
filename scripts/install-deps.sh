#!/usr/bin/env bash
# Installs what vnpolicy needs on Debian 12 (bookworm), as root. Does nothing — and does not
# touch apt — when every package is already installed.
set -euo pipefail

# One entry per need; "a|b" is satisfied by either package (the first is installed).
needs=(
  cmake g++ make
  libreoffice-dev                          # SDK: headers, cppumaker, unoidl-write, types
  "libreoffice-calc-nogui|libreoffice-calc"  # the office the add-in and its tests run in
  libreoffice-l10n-vi                      # Vietnamese UI: the wizard-language test
  python3-uno                              # /usr/bin/python3 drives headless Calc in the tests
  libfmt-dev libtomlplusplus-dev
  libgtest-dev googletest
  libbenchmark-dev                         # Google Benchmark: bench/core_bench.cpp (vnpolicy_core_bench)
  clang-format
  poppler-utils                            # pdftoppm: examples/render_screenshot.py (README picture)
  fonts-liberation2                        # Liberation Sans, the templates' font (Arial metrics, Vietnamese glyphs)
  clang libclang-rt-14-dev                 # libFuzzer and the sanitizer runtimes (scripts/fuzz.sh)
  g++-mingw-w64-x86-64                     # MinGW-w64: the Windows x64 build (cmake/WindowsBuild.cmake)
  wine64                                   # Wine (/usr/lib/wine/wine64): runs the Windows core tests
)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for need in "${needs[@]}"; do
  ok=0
  IFS='|' read -r -a alternatives <<<"$need"
  for pkg in "${alternatives[@]}"; do
    if installed "$pkg"; then ok=1; break; fi
  done
  if ((ok == 0)); then missing+=("${alternatives[0]}"); fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: run as root (or: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
