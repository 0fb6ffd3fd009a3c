#!/usr/bin/env bash
# Checks of the Windows add-in DLL and of the Windows executables, read from their PE tables with
# MinGW-w64's objdump (ctests registered by cmake/WindowsBuild.cmake).
#
#   check_dll.sh exports <objdump> <dll>
#       the DLL exports exactly component_getFactory and component_getImplementationEnvironment
#   check_dll.sh imports <objdump> <dll or exe> [<required dll>…]
#       it imports from the required DLLs (e.g. sal3.dll cppu3.dll) and otherwise only from
#       Windows' own (KERNEL32.dll, msvcrt.dll, api-ms-win-*, ucrtbase.dll): no MinGW runtime
#       DLL (libstdc++-6.dll, libgcc_s_seh-1.dll, libwinpthread-1.dll) nor any other
#   check_dll.sh def-match <objdump> <dll> <sal3.def> <cppu3.def>
#       the functions it imports from sal3.dll and cppu3.dll are exactly those of the .def files
#   check_dll.sh on-linux <objdump> <dll or -> <sal3.def> <cppu3.def> <libuno_sal.so.3> <libuno_cppu.so.3>
#       every name of the .def files (and every name the DLL imports from sal3/cppu3, when a DLL
#       is given) is a function of the Linux libraries at version UDK_3_0_0
#
# Exit code 77 (ctest: skipped) when the DLL was not built (addin/sources.cmake lists nothing).
set -euo pipefail

mode=$1 objdump=$2 file=$3
shift 3

skip_if_missing() {
  if [[ ! -f $1 ]]; then
    echo "SKIPPED: $1 does not exist: the Windows add-in DLL is built only when" \
      "addin/sources.cmake lists the sources of the layer (VNPOLICY_ADDIN_SOURCES)"
    exit 77
  fi
}

# words <lines>: the lines as one line of words.
words() { tr '\n' ' ' <<<"$1" | sed 's/ *$//'; }

# imported_names <pe file> <dll name>: the functions it imports from that DLL (case-insensitive).
imported_names() {
  "$objdump" -p "$1" | awk -v want="$(tr '[:upper:]' '[:lower:]' <<<"$2")" '
    /^\tDLL Name: / { dll = tolower($3); next }
    /^$/ { dll = "" }
    dll == want && /^\t[0-9a-f]+\t/ { print $NF }' | sort -u
}

# imported_dlls <pe file>: the DLLs it imports from.
imported_dlls() {
  "$objdump" -p "$1" | awk '/^\tDLL Name: / { print $3 }' | sort -u
}

# def_names <.def file>: the names under EXPORTS.
def_names() {
  awk '/^[ \t]*;/ { next } /^EXPORTS/ { on = 1; next } on && NF { print $1 }' "$1" | sort -u
}

case $mode in
exports)
  skip_if_missing "$file"
  actual=$("$objdump" -p "$file" | awk '
    /^\[Ordinal\/Name Pointer\] Table/ { on = 1; next }
    on && /^\t\[ *[0-9]+\] / { print $NF; next }
    on { on = 0 }' | sort)
  expected=$(printf '%s\n' component_getFactory component_getImplementationEnvironment)
  if [[ $actual != "$expected" ]]; then
    echo "FAIL: $(basename "$file") must export exactly: $(words "$expected")" >&2
    echo "it exports: $(words "${actual:-nothing}")" >&2
    exit 1
  fi
  echo "$(basename "$file") exports exactly: $(words "$actual")"
  ;;
imports)
  skip_if_missing "$file"
  dlls=$(imported_dlls "$file")
  bad=0
  for dll in $dlls; do
    lower=$(tr '[:upper:]' '[:lower:]' <<<"$dll")
    case $lower in
    kernel32.dll | msvcrt.dll | ucrtbase.dll | api-ms-win-*.dll) continue ;;
    esac
    allowed=0
    for required in "$@"; do
      [[ $lower == "$(tr '[:upper:]' '[:lower:]' <<<"$required")" ]] && allowed=1
    done
    if ((allowed == 0)); then
      echo "FAIL: $(basename "$file") imports $dll (neither the office's nor Windows' own)" >&2
      bad=1
    fi
  done
  for required in "$@"; do
    if ! grep -qixF "$required" <<<"$dlls"; then
      echo "FAIL: $(basename "$file") does not import $required" >&2
      bad=1
    fi
  done
  ((bad == 0)) || exit 1
  echo "$(basename "$file") imports only: $(words "$dlls")"
  ;;
def-match)
  skip_if_missing "$file"
  bad=0
  for def in "$@"; do
    dll=$(awk '/^LIBRARY/ { print $2 }' "$def")
    if ! diff -u --label "$(basename "$def")" --label "imported from $dll" \
      <(def_names "$def") <(imported_names "$file" "$dll"); then
      echo "FAIL: $(basename "$def") must list exactly what $(basename "$file") imports" \
        "from $dll ('-': listed but not called, '+': called but not listed)" >&2
      bad=1
    fi
  done
  ((bad == 0)) || exit 1
  echo "sal3.def and cppu3.def list exactly the functions $(basename "$file") imports"
  ;;
on-linux)
  sal_def=$1 cppu_def=$2 sal_so=$3 cppu_so=$4
  bad=0
  # check <.def> <dll name> <linux library>
  check() {
    local names
    names=$(def_names "$1")
    if [[ $file != - && -f $file ]]; then
      names=$(printf '%s\n%s\n' "$names" "$(imported_names "$file" "$2")" | sort -u)
    fi
    local exported
    exported=$(objdump -T "$3" | awk '$2 == "g" && $4 == ".text" && $(NF-1) == "UDK_3_0_0" { print $NF }' | sort -u)
    for name in $names; do
      if ! grep -qxF "$name" <<<"$exported"; then
        echo "FAIL: $name ($2) is not a function of $(basename "$3") at UDK_3_0_0" >&2
        bad=1
      fi
    done
    echo "$2: $(wc -w <<<"$names") functions, all exported by $(basename "$3") at UDK_3_0_0"
  }
  check "$sal_def" sal3.dll "$sal_so"
  check "$cppu_def" cppu3.dll "$cppu_so"
  ((bad == 0)) || exit 1
  if [[ $file == - || ! -f $file ]]; then
    echo "(the .def files only: the Windows add-in DLL is not built)"
  fi
  ;;
*)
  echo "usage: $0 exports|imports|def-match|on-linux <objdump> <file> …" >&2
  exit 2
  ;;
esac
