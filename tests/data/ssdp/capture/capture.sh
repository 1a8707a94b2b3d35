#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
# Captures the real minidlna and wsdd traffic behind tests/data/{ssdp,upnp,wsd}, on loopback only.
# Run as root from the repository root, never in the root namespace itself:
#   ROOT_NET=$(readlink /proc/self/ns/net) unshare --net --mount tests/data/ssdp/capture/capture.sh OUT_DIR
# Sends the M-SEARCH and Probe that Voordeur builds (stored beside the captures), records the answers,
# the announcements and the description, then stops what it started, by PID.
set -u
here=$(cd "$(dirname "$0")" && pwd)
data=$(cd "$here/../.." && pwd)
out=${1:?usage: capture.sh OUT_DIR}

# /proc/1/ns/net is not readable in our containers; ROOT_NET is the namespace unshare was started from.
case "${ROOT_NET:-}" in net:\[*) ;; *) echo "refusing: ROOT_NET unset"; exit 1 ;; esac
[ "$(readlink /proc/self/ns/net)" != "$ROOT_NET" ] || { echo "refusing: root network namespace"; exit 1; }
[ "$(ip -o link show | cut -d: -f2 | tr -d ' ')" = "lo" ] || { echo "refusing: interfaces other than lo"; exit 1; }

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; }
trap cleanup EXIT

ip link set lo up
ip link set lo multicast on
ip route add 224.0.0.0/4 dev lo
# wsdd ignores 127/8: give lo a documentation address (RFC 5737) that exists only in this namespace.
ip addr add 192.0.2.10/32 dev lo

work=$(mktemp -d /tmp/voordeur-capture.XXXXXX)
mkdir -p "$work"/{media,db,log} "$out"
echo hello > "$work/media/readme.txt"
cat > "$work/minidlna.conf" <<CONF
media_dir=$work/media
db_dir=$work/db
log_dir=$work/log
network_interface=lo
port=8200
friendly_name=Voordeur Lab Media
serial=12345678
model_number=1
inotify=no
notify_interval=60
CONF
sed 's/^ST: upnp:rootdevice/ST: ssdp:all/' "$data/ssdp/voordeur-msearch-request.txt" > "$work/msearch-all.txt"

lab="/usr/bin/python3 $here/udp_lab.py"
$lab listen 1900 24 "$out/ssdp-multicast" & pids+=($!)
$lab listen 3702 24 "$out/wsd-multicast" & pids+=($!)
sleep 0.5
/usr/sbin/minidlnad -f "$work/minidlna.conf" -P "$work/minidlna.pid" -d > "$work/log/minidlna.out" 2>&1 &
minidlna=$!; pids+=($minidlna)
# wsdd needs the system Python (LAB-NOTES.md).
/usr/bin/python3 /usr/sbin/wsdd -i lo -4 -v -U 3f6f3e1c-8d2a-4c1e-9a5b-2d7c6e0f1a42 -n VOORDEUR-LAB \
    > "$work/log/wsdd.out" 2>&1 &
wsdd=$!; pids+=($wsdd)
sleep 3

curl -sS --max-time 5 http://127.0.0.1:8200/rootDesc.xml -o "$out/rootDesc.xml"
$lab send 239.255.255.250 1900 "$work/msearch-all.txt" "$out/msearch-all"
$lab send 239.255.255.250 1900 "$data/ssdp/voordeur-msearch-request.txt" "$out/msearch-root"
$lab send 239.255.255.250 3702 "$data/wsd/voordeur-probe-wsdp-device.xml" "$out/probe"
# Stopping the daemons makes them say goodbye (ssdp:byebye, WS-Discovery Bye) to the listeners.
kill "$minidlna" "$wsdd"
wait "$minidlna" "$wsdd"
wait
rm -rf "$work"
