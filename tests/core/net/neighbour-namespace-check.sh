#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Reads a real kernel neighbour table and routing table: builds a lab of two network namespaces
# joined by veth pairs with known MAC addresses, neighbour entries and default routes, then runs
# the hidden tests tagged [netns][net-lab] of the core test binary inside the first namespace.
# Needs root.
# Nothing is created in, or sent from, the calling network namespace; the namespaces are deleted
# on every exit path.
#
#   tests/core/net/neighbour-namespace-check.sh BUILD_DIR/tests/core/voordeur_core_tests
set -eu

die() {
    echo "neighbour-namespace-check: $*" >&2
    exit 1
}

[ $# -eq 1 ] || die "usage: $0 PATH/TO/voordeur_core_tests"
binary=$(realpath "$1") || die "test binary not found: $1"
[ -x "$binary" ] || die "not an executable: $binary"
[ "$(id -u)" -eq 0 ] || die "must run as root (it creates network namespaces)"
command -v ip >/dev/null || die "ip is missing: install the Debian package iproute2"

a="vd-net-$$-a"
b="vd-net-$$-b"
child=""
cleanup() {
    [ -z "$child" ] || kill "$child" 2>/dev/null || true
    ip netns delete "$a" 2>/dev/null || true
    ip netns delete "$b" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

ip netns add "$a" || die "cannot create network namespace $a"
ip netns add "$b" || die "cannot create network namespace $b"
[ "$(ip netns exec "$a" ip netns identify)" = "$a" ] || die "namespace $a is not usable"

# Each veth pair is created inside namespace a, its peer moved straight into b (or kept in a):
# no interface of the lab ever appears in the calling namespace.
lab() { ip -n "$a" "$@" || die "lab setup failed: ip -n $a $*"; }
peer() { ip -n "$b" "$@" || die "lab setup failed: ip -n $b $*"; }

lab link add vd-lab0 address 02:00:5e:10:00:01 type veth peer name vd-lab1 address 02:00:5e:10:00:02 netns "$b"
lab link add vd-lab2 address 02:00:5e:10:00:03 type veth peer name vd-lab3 address 02:00:5e:10:00:04 netns "$b"
lab link add vd-lab4 type veth peer name vd-lab5
lab link set lo up
lab link set vd-lab0 up
lab link set vd-lab2 up
lab link set vd-lab5 up
peer link set lo up
peer link set vd-lab1 up
peer link set vd-lab3 up

lab address add 198.51.100.1/24 dev vd-lab0
lab address add 2001:db8::1/64 dev vd-lab0 nodad
lab address add 203.0.113.1/24 dev vd-lab2
peer address add 198.51.100.2/24 dev vd-lab1
peer address add 203.0.113.2/24 dev vd-lab3

lab neigh add 198.51.100.99 lladdr 02:00:5e:10:00:99 dev vd-lab0 nud permanent
lab neigh add 2001:db8::99 lladdr 02:00:5e:10:00:66 dev vd-lab0 nud permanent
lab neigh add 198.51.100.98 lladdr 02:00:5e:10:00:98 dev vd-lab0 nud stale
lab neigh add 203.0.113.99 lladdr 02:00:5e:10:00:77 dev vd-lab2 nud permanent

# The worse default route first, so that the order of the dump decides nothing.
lab route add default via 203.0.113.2 dev vd-lab2 metric 500
lab route add default via 198.51.100.2 dev vd-lab0 metric 100

# The link-local address appears once the link is up; wait for it (at most 5 s).
tries=0
until ip -n "$a" -6 address show dev vd-lab0 scope link | grep -q 'fe80::'; do
    tries=$((tries + 1))
    [ $tries -le 50 ] || die "vd-lab0 got no IPv6 link-local address"
    sleep 0.1
done

echo "neighbour-namespace-check: lab $a / $b ready"
# In the background, so that a signal reaches the traps at once rather than after the tests.
ip netns exec "$a" "$binary" "[netns][net-lab]" &
child=$!
wait "$child"
