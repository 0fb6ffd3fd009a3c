#!/usr/bin/env bash
# Runs programs of the Windows cross-build under Wine, comparing them with their Linux twins where
# there are (ctests windows_core_tests, windows_uno_layout, windows_reference_doc_current and
# windows_dll_loads, registered by cmake/WindowsBuild.cmake).
#
#   wine_tests.sh gtest  <wine64> <wineprefix> <linux exe> <windows .exe> [<linux> <windows>]...
#       Each pair is one GoogleTest program built twice: the Windows one must list exactly the
#       tests of the Linux one (in any order), and pass every one of them.
#   wine_tests.sh layout <wine64> <wineprefix> <linux exe> <windows .exe>
#       tests/windows/uno_layout.cpp built twice: both must print the same layout.
#   wine_tests.sh run <wine64> <wineprefix> <windows .exe> <arguments>…
#       the program must exit with 0 (Linux paths as arguments: Wine maps them to drive Z:).
#
# Wine runs in the given throwaway prefix (created on first use), with its messages off.
set -euo pipefail

mode=$1 wine=$2
export WINEPREFIX=$3
shift 3
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# GoogleTest's own settings (GTEST_FILTER…) would make the comparison say nothing.
while read -r var; do unset "$var"; done < <(compgen -e | grep '^GTEST_' || true)

programs=("$@")
if [[ $mode == run ]]; then
  programs=("$1")
  # the add-in's load check: skipped (77) while the DLL is not built
  if [[ $(basename "$1") == vnpolicy_dll_load_check.exe && ! -f $1 ]]; then
    echo "SKIPPED: $1 does not exist: the Windows add-in DLL is built only when" \
      "addin/sources.cmake lists the sources of the layer (VNPOLICY_ADDIN_SOURCES)"
    exit 77
  fi
fi
for exe in "${programs[@]}"; do
  if [[ ! -f $exe ]]; then
    echo "missing: $exe (build the main project first: cmake --build <build dir>)" >&2
    exit 1
  fi
done

# The server and Wine's own processes (services.exe, explorer.exe…) are started with no pipe of
# ctest's open: they outlive each program by the server's linger time (10 s), and ctest would wait
# for them to close the test's output. Starting the server fails harmlessly when one is running.
wineserver="$(dirname "$wine")/wineserver"
[[ -x $wineserver ]] || wineserver="$(dirname "$wine")/wineserver64"
if [[ -x $wineserver ]]; then
  "$wineserver" -p10 </dev/null >/dev/null 2>&1 || true
fi
"$wine" cmd.exe /c exit </dev/null >/dev/null 2>&1 || true

# test_names: "Suite.Test" per line, sorted, from --gtest_list_tests on standard input (the
# order of registration follows the linker's order of static initialisers, not the same on PE).
test_names() {
  tr -d '\r' | awk '/^[^ ]/ { suite = $1 } /^  [^ ]/ { print suite $1 }' | LC_ALL=C sort
}

# run_wine <exe> <args…>: the program's standard output, without Windows' carriage returns.
run_wine() {
  local rc=0
  "$wine" "$@" </dev/null | tr -d '\r' || rc=$?
  return "$rc"
}

case $mode in
gtest)
  total=0
  while (($# > 0)); do
    linux=$1 windows=$2
    shift 2
    name=$(basename "$windows")
    if ! diff -u --label "Linux $(basename "$linux")" --label "Windows $name" \
      <("$linux" --gtest_list_tests | test_names) \
      <(run_wine "$windows" --gtest_list_tests | test_names); then
      echo "FAIL: $name does not list the same tests as on Linux (diff above)" >&2
      exit 1
    fi
    count=$("$linux" --gtest_list_tests | test_names | wc -l)
    if ((count == 0)); then
      echo "FAIL: $(basename "$linux") lists no test" >&2
      exit 1
    fi
    log=$(mktemp)
    rc=0
    run_wine "$windows" --gtest_brief=1 >"$log" 2>&1 || rc=$?
    cat "$log"
    if ((rc != 0)) || ! grep -qxE "\[  PASSED  \] $count tests?\." "$log"; then
      rm -f "$log"
      echo "FAIL: $name under Wine: exit code $rc, expected all $count tests to pass" >&2
      exit 1
    fi
    rm -f "$log"
    echo "$name: the $count tests of the Linux build pass on Windows (Wine)"
    total=$((total + count))
  done
  echo "windows_core_tests: $total passed, 0 failed"
  ;;
layout)
  linux=$1 windows=$2
  expected=$("$linux")
  actual=$(run_wine "$windows")
  if [[ -z $expected ]] || ! diff -u --label Linux --label "Windows (MinGW-w64)" \
    <(printf '%s\n' "$expected") <(printf '%s\n' "$actual"); then
    echo "FAIL: the binary UNO layout of the Windows build differs from Linux (diff above)" >&2
    exit 1
  fi
  echo "binary UNO layout: $(printf '%s\n' "$expected" | wc -l) items, the same on Linux and Windows"
  ;;
run)
  rc=0
  run_wine "$@" || rc=$?
  if ((rc != 0)); then
    echo "FAIL: $(basename "$1") under Wine: exit code $rc" >&2
    exit 1
  fi
  ;;
*)
  echo "usage: $0 gtest|layout|run <wine64> <wineprefix> <programs>…" >&2
  exit 2
  ;;
esac
