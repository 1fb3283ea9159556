#!/usr/bin/env bash
# Checks the process hardening of a built relais binary (issue 8, item 7) with readelf:
# a position-independent executable (ELF type DYN, PIE flag), full RELRO
# (GNU_RELRO segment and BIND_NOW), a non-executable stack, the stack protector
# (__stack_chk_fail imported) and, in optimised builds without sanitizers,
# _FORTIFY_SOURCE (__*_chk functions imported). In release-hardened builds it also
# starts the binary and reads /proc/<pid>/limits and /proc/<pid>/status while it
# waits for a password: core dumps off (RLIMIT_CORE 0) and not dumpable.
#   check_hardening.sh RELAIS_BINARY BUILD_TYPE SANITIZE(ON|OFF)
set -uo pipefail
binary=${1:?relais binary}
build_type=${2:-RelWithDebInfo}
sanitize=${3:-OFF}
failures=0

pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
skip() { echo "skip $*"; }

header=$(readelf -hW "$binary") || { echo "FAIL cannot read $binary"; exit 1; }
dynamic=$(readelf -dW "$binary")
segments=$(readelf -lW "$binary")
symbols=$(readelf -sW --dyn-syms "$binary")

if grep -Eq 'Type:[[:space:]]+DYN' <<<"$header" && grep -Eq 'FLAGS_1.*PIE' <<<"$dynamic"; then
    pass "PIE: ELF type DYN with the PIE flag (ASLR for the executable itself)"
else
    fail "PIE: expected ELF type DYN and FLAGS_1 PIE"
fi
if grep -q 'GNU_RELRO' <<<"$segments"; then
    pass "RELRO: GNU_RELRO segment present"
else
    fail "RELRO: no GNU_RELRO segment (-Wl,-z,relro)"
fi
if grep -Eq '\(FLAGS\).*BIND_NOW|FLAGS_1.*NOW' <<<"$dynamic"; then
    pass "full RELRO: BIND_NOW (GOT read-only after start-up)"
else
    fail "full RELRO: no BIND_NOW (-Wl,-z,now)"
fi
if grep -E 'GNU_STACK' <<<"$segments" | grep -Eq 'RWE'; then
    fail "non-executable stack: GNU_STACK is RWE"
else
    pass "non-executable stack: GNU_STACK without E"
fi
if grep -q '__stack_chk_fail' <<<"$symbols"; then
    pass "stack protector: __stack_chk_fail imported (-fstack-protector-strong)"
else
    fail "stack protector: __stack_chk_fail not imported"
fi

release=no
if [ "$build_type" != Debug ] && [ "$sanitize" != ON ]; then release=yes; fi
if [ "$release" = yes ]; then
    fortified=$(grep -Eo '__[a-z0-9_]+_chk@' <<<"$symbols" | grep -v '__stack_chk_fail' | sort -u | tr -d '@' | tr '\n' ' ')
    if [ -n "$fortified" ]; then
        pass "_FORTIFY_SOURCE=2: fortified calls imported ($fortified)"
    else
        fail "_FORTIFY_SOURCE=2: no __*_chk function imported"
    fi
    # The CLI waits for a password on standard input: read its limits meanwhile.
    scratch=$(mktemp -d)
    (sleep 5 | QT_QPA_PLATFORM=offscreen "$binary" check --db "$scratch/none.db" --as nobody >/dev/null 2>&1) &
    sleep 1.5
    pid=$(pgrep -n -f -- "--db $scratch/none.db" || true)
    if [ -n "$pid" ] && [ -r "/proc/$pid/limits" ]; then
        core=$(awk '/^Max core file size/ {print $5 " " $6}' "/proc/$pid/limits")
        if [ "$core" = "0 0" ]; then
            pass "core dumps off: RLIMIT_CORE soft and hard 0 in a running relais"
        else
            fail "core dumps off: RLIMIT_CORE is '$core' in a running relais"
        fi
        # A non-dumpable process's /proc files belong to root (PR_SET_DUMPABLE 0).
        if [ "$(stat -c %u "/proc/$pid/status" 2>/dev/null)" = 0 ] && [ "$(id -u)" != 0 ]; then
            pass "not dumpable: /proc/<pid> of a running relais is owned by root (PR_SET_DUMPABLE 0)"
        else
            skip "not dumpable: cannot be told apart when running as root"
        fi
    else
        fail "core dumps off: could not find the running relais to read its limits"
    fi
    wait
    rm -rf "$scratch"
else
    skip "_FORTIFY_SOURCE=2 and core-dump limits: this is a $build_type build with sanitizers $sanitize;" \
        "fortification needs optimisation and clashes with ASan, and RELAIS_RELEASE_HARDENING is on only in" \
        "optimised builds without sanitizers (cmake/RelaisOptions.cmake)"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures hardening check(s) failed for $binary"
    exit 1
fi
echo "hardening checks passed for $binary ($build_type, sanitizers $sanitize)"
