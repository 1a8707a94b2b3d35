#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Fails when the static core library defines or references any Qt symbol.
# Usage: check-no-qt-symbols.sh LIBRARY [NM]
set -eu
library=$1
nm=${2:-nm}
[ -f "$library" ] || { echo "no library at $library"; exit 1; }
symbols=$("$nm" --demangle "$library" 2>/dev/null) || { echo "nm failed on $library"; exit 1; }
count=$(printf '%s\n' "$symbols" | wc -l)
[ "$count" -gt 100 ] || { echo "nm listed almost nothing for $library; the check would prove nothing"; exit 1; }
if printf '%s\n' "$symbols" | grep -E 'QString|QObject|QByteArray|QCoreApplication|QMetaObject|qt_[a-z_]+|Qt[0-9]?::' | head -20 | grep .; then
    echo "voordeur_core refers to Qt (first matches above)"
    exit 1
fi
echo "voordeur_core: no Qt symbols among $count symbol lines"
