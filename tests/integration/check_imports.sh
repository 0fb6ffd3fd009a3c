#!/usr/bin/env bash
# The add-in reaches nothing beyond its arguments and its compiled-in data: checks the shipped
# library's imported symbols (objdump -T) and embedded strings against what opening files,
# networking, running programs, loading code, reading the environment or reaching office
# services (macros, UCB, shell execution) would need. Also: no fault-injection code shipped.
# Usage: check_imports.sh <vnpolicy.uno.so>
set -euo pipefail
so="$1"
[[ -f $so ]] || { echo "check_imports: no such file $so" >&2; exit 2; }

imports="$(objdump -T "$so" | awk '/\*UND\*/ {print $NF}')"
# Guard against a vacuous pass: the add-in must import the UNO string runtime.
grep -qx 'rtl_uString_new' <<<"$imports" || { echo "check_imports: cannot read imports of $so" >&2; exit 2; }

deny='^(fopen|fopen64|freopen|freopen64|open|open64|openat|openat64|__open_2|__open64_2|creat|creat64'
deny+='|opendir|fdopendir|access|faccessat|stat|stat64|lstat|__xstat|__lxstat|fstatat|statx|unlink'
deny+='|unlinkat|remove|rename|renameat|mkdir|rmdir|truncate|chmod|chown|symlink|link|mmap|mmap64'
deny+='|socket|socketpair|connect|bind|listen|accept|accept4|send|sendto|sendmsg|recv|recvfrom|recvmsg'
deny+='|getaddrinfo|gethostbyname|gethostbyname_r|dlopen|dlmopen|dlsym|dlvsym|system|popen|fork|vfork'
deny+='|clone|execl|execle|execlp|execv|execve|execvp|execvpe|fexecve|posix_spawn|posix_spawnp'
# (syscall is not denied: the statically linked C++ runtime's guard for function-local statics,
# libstdc++.a(guard.o), waits on a futex through it.)
deny+='|getenv|secure_getenv|setenv|putenv|unsetenv|ptrace'
deny+='|osl_openFile|osl_.*File.*|osl_.*Directory.*|osl_.*Socket.*|osl_.*Pipe.*|osl_executeProcess.*'
deny+='|osl_loadModule.*|osl_getModuleURL.*|osl_getEnvironment|osl_getCommandArg.*|rtl_bootstrap.*'
deny+='|cppu_.*[Bb]ootstrap.*|.*defaultBootstrap.*|.*getComponentContext.*'
deny+='|_ZNSt.*basic_i?o?fstream.*|_ZNSt.*basic_filebuf.*)$'
bad="$(grep -E "$deny" <<<"$imports" || true)"

# Office services through which code could open documents, run macros or programs, or talk to
# the network: their names would have to be in the library.
# (The statically linked C++ runtime carries GCC's bug-report address in a message: not a URL the
# add-in opens.)
strings_bad="$(strings -a "$so" | grep -v 'https://gcc\.gnu\.org/bugs' |
  grep -E 'com\.sun\.star\.(script|ucb|frame|system|connection|bridge|document|task|xml\.dom|io)\b|vnd\.sun\.star\.script|macro:|file://|https?://|vnpolicy fault injection' || true)"

n="$(wc -l <<<"$imports")"
if [[ -n $bad || -n $strings_bad ]]; then
  [[ -n $bad ]] && echo "check_imports: $so imports forbidden symbols:" && sed 's/^/  /' <<<"$bad"
  [[ -n $strings_bad ]] && echo "check_imports: $so contains forbidden names:" && sed 's/^/  /' <<<"$strings_bad"
  exit 1
fi
echo "check_imports: $so: $n imported symbols, none opens files, sockets, processes, code or the environment; no office-service or fault-injection names"
