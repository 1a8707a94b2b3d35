#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
# Records avahi-daemon's mDNS traffic in a lab that exists only inside new network namespaces.
# Run as root, always through unshare so nothing touches the machine's own network:
#   unshare --net --mount --fork -- bash capture.sh OUTPUT.pcap
# Namespace A (this script): avahi-daemon and tcpdump on vd-a (192.168.77.10).
# Namespace B (a child of A): the query script on vd-b (192.168.77.20), the other end of the veth pair.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=$(realpath -m "${1:?usage: capture.sh OUTPUT.pcap}")
# /proc/1/ns may be unreadable (a sandboxed init); kthreadd (PID 2) always lives in the initial namespace.
rootns=$(readlink /proc/1/ns/net || readlink /proc/2/ns/net)
labns=$(readlink /proc/self/ns/net)
if [ -z "$rootns" ] || [ "$labns" = "$rootns" ] || [ "$(ip -o link show | wc -l)" != 1 ]; then
    echo "refusing: not a fresh network namespace of its own; run through unshare --net --mount" >&2
    exit 1
fi

run=$(mktemp -d /tmp/vd-dns-XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$run"
}
trap cleanup EXIT

# Private to this mount namespace: avahi's pid file and socket, and the lab's service files.
mount -t tmpfs vd-dns-run /run
mkdir -p /run/avahi-daemon
mount --bind "$here/services" /etc/avahi/services

unshare --net sleep 600 &
clientpid=$!
pids+=("$clientpid")
for _ in $(seq 50); do
    clientns=$(readlink "/proc/$clientpid/ns/net")
    [ "$clientns" != "$labns" ] && break
    sleep 0.1
done
if [ "$clientns" = "$rootns" ] || [ "$clientns" = "$labns" ]; then
    echo "refusing: the client namespace is not a new one" >&2
    exit 1
fi
client() { nsenter -t "$clientpid" -n "$@"; }

ip link set lo up
ip link add vd-a address 02:76:64:00:00:0a type veth peer name vd-b address 02:76:64:00:00:14 netns "$clientpid"
sysctl -q -w net.ipv6.conf.vd-a.accept_dad=0
ip addr add 192.168.77.10/24 dev vd-a
ip link set vd-a up
ip route add 224.0.0.0/4 dev vd-a

client ip link set lo up
client sysctl -q -w net.ipv6.conf.vd-b.accept_dad=0
client ip addr add 192.168.77.20/24 dev vd-b
client ip link set vd-b up
client ip route add 224.0.0.0/4 dev vd-b

tcpdump -i vd-a -U -n -Z root -w "$run/capture.pcap" udp port 5353 2>"$run/tcpdump.log" &
tcpdumppid=$!
pids+=("$tcpdumppid")
sleep 1

avahi-daemon -f "$here/avahi-daemon.conf" --no-drop-root --no-chroot --no-rlimits --debug >"$run/avahi.log" 2>&1 &
avahipid=$!
pids+=("$avahipid")
sleep 8  # probing (3 x 250 ms) and the three announcements (1 s, 2 s apart) are over

client /usr/bin/python3 "$here/query.py"
sleep 1

kill -TERM "$avahipid"  # avahi says goodbye (TTL 0) on the way out
wait "$avahipid" || true
sleep 1
kill -TERM "$tcpdumppid"
wait "$tcpdumppid" || true

cp "$run/capture.pcap" "$out"
cat "$run/avahi.log"
