#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Fails when a C++ file of the project differs from what .clang-format makes of it.
set -eu
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is missing: install the Debian package clang-format"; exit 1; }
files=$(find app core ui tests bench -name '*.cpp' -o -name '*.h' 2>/dev/null | grep -v '/build/' | sort)
[ -n "$files" ] || { echo "no C++ files found: the check would prove nothing"; exit 1; }
bad=0
for f in $files; do
    if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (run: clang-format -i $f)"
        bad=1
    fi
done
[ $bad -eq 0 ] && echo "$(echo "$files" | wc -l) files formatted"
exit $bad
