#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# run-reference-test.sh RUNS_DIR
#
# The CTest "integration: the lab's real responders are all visible to reference tools":
# lab up -> reference-scan -> check_reference.py -> down. The lab is torn down on every exit
# path (success, failure, Ctrl-C, SIGTERM from a CTest timeout). A lab left behind by a run
# that was SIGKILLed is removed at the start of the next run from the same RUNS_DIR.
# It needs root; without root it FAILS (it never skips).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB=$HERE/lab/lab.sh
PY=/usr/bin/python3

if [ "$(id -u)" -ne 0 ]; then
    echo "integration: FAILED: the integration tests need root (they build a lab of network namespaces); run ctest as root" >&2
    exit 1
fi
RUNS=${1:?usage: run-reference-test.sh RUNS_DIR}
mkdir -p "$RUNS"
RUNS=$(cd "$RUNS" && pwd)

# Leftovers of a run that could not clean up after itself (SIGKILL).
for old in "$RUNS"/run.*; do
    if [ -s "$old/namespaces" ]; then
        "$LAB" down "$old"
    fi
done
# Keep only the last few failed runs' logs.
find "$RUNS" -mindepth 1 -maxdepth 1 -name 'run.*' -printf '%T@ %p\n' | sort -rn | tail -n +6 |
    cut -d' ' -f2- | xargs -r rm -rf --

S=$(mktemp -d "$RUNS/run.XXXXXX")
ok=0
step=
t0=$EPOCHREALTIME
finish() {
    # A step still running (after SIGTERM) loses its lab: teardown also ends its tools.
    [ -z "$step" ] || kill -TERM "$step" 2>/dev/null || true
    "$LAB" down "$S" || true
    local t1=$EPOCHREALTIME
    echo "integration: whole lab run $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"
    if [ "$ok" -eq 1 ] && [ -z "${LAB_KEEP_STATE:-}" ]; then
        rm -rf -- "$S"
    else
        echo "integration: logs and reference output kept in $S"
    fi
}
trap finish EXIT
trap 'exit 130' INT TERM HUP

# Each step runs in the background and is waited for, so a SIGTERM (CTest's timeout, for one)
# tears the lab down at once instead of after the step.
run_step() {
    "$@" &
    step=$!
    wait "$step"
    step=
}
run_step "$LAB" up "$S"
run_step "$HERE/lab/reference-scan.sh" "$S"
run_step "$PY" "$HERE/check_reference.py" "$S"
ok=1
