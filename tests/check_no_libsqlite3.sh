#!/bin/sh
# Fails if any built binary links the system libsqlite3: it exports the same
# symbols as SQLCipher, and if bound first, PRAGMA key is accepted and ignored
# (the database is written in plaintext).
#   check_no_libsqlite3.sh [--require-sqlcipher] BINARY...
require=0
if [ "$1" = "--require-sqlcipher" ]; then require=1; shift; fi
status=0
for binary in "$@"; do
    libs=$(ldd "$binary" 2>&1) || { echo "FAIL: cannot inspect $binary" >&2; status=1; continue; }
    if printf '%s\n' "$libs" | grep -E 'libsqlite3\.so' >/dev/null; then
        echo "FAIL: $binary links libsqlite3:" >&2
        printf '%s\n' "$libs" | grep -E 'libsqlite3' >&2
        status=1
    elif [ $require -eq 1 ] && ! printf '%s\n' "$libs" | grep -E 'libsqlcipher\.so' >/dev/null; then
        echo "FAIL: $binary does not link libsqlcipher" >&2
        status=1
    else
        echo "ok: $binary does not link libsqlite3"
    fi
done
exit $status
