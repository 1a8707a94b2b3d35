#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# nsexec.sh NAMESPACE COMMAND [ARG...]
# Runs COMMAND inside one of the lab's network namespaces and nowhere else: the name must
# look like a lab namespace (vd<digits>-...), and just before the exec the shell asks the
# kernel which namespace it is in. Anything else (including the root namespace, where
# `ip netns identify` prints nothing) is refused, so no lab tool can ever send a packet on
# the machine's real network.
set -eu
if [ $# -lt 2 ]; then
    echo "usage: nsexec.sh NAMESPACE COMMAND [ARG...]" >&2
    exit 2
fi
ns=$1
shift
case $ns in
    vd[0-9]*-?*) ;;
    *) echo "nsexec: refusing: '$ns' is not a lab namespace name (vd<digits>-...)" >&2; exit 97 ;;
esac
# shellcheck disable=SC2016 # $$, $1 and $2 are expanded by the inner shell
exec ip netns exec "$ns" /bin/sh -c '
    here=$(ip netns identify $$)
    if [ -z "$here" ] || [ "$here" != "$1" ]; then
        echo "nsexec: refusing to run \"$2\": in network namespace \"${here:-<root>}\", expected \"$1\"" >&2
        exit 97
    fi
    shift
    exec "$@"' nsexec "$ns" "$@"
