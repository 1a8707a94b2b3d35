#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Runs a test binary inside a fresh network namespace that has only a loopback interface with
# multicast on, so tests that send discovery traffic provably reach nothing outside it.
# Usage: run-in-netns.sh BINARY [ARGS...]. Needs root (CI runs as root); fails loudly otherwise.
set -eu
if [ "$(id -u)" -ne 0 ]; then
    echo "run-in-netns.sh: these tests need root to create an isolated network namespace" >&2
    exit 1
fi
VOORDEUR_HOST_NETNS=$(readlink /proc/self/ns/net)
export VOORDEUR_HOST_NETNS
exec unshare --net -- sh -eu -c '
    [ "$(readlink /proc/self/ns/net)" != "$VOORDEUR_HOST_NETNS" ] || { echo "not isolated" >&2; exit 1; }
    [ "$(ip -o link show | wc -l)" -eq 1 ] || { echo "more than loopback in the namespace" >&2; exit 1; }
    ip link set lo up
    ip link set lo multicast on
    ip route add 224.0.0.0/4 dev lo
    exec "$@"' run-in-netns "$@"
