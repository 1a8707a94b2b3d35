#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# capture.sh [DATA_DIR]
#
# Reproduces the lab fixtures under tests/data/ (DATA_DIR, default: the source tree's
# tests/data): brings the lab up with tcpdump already running in the client namespace (so the
# responders' start-up NOTIFY/Hello/announcements are captured), runs the reference tools,
# stops the capture, extracts one payload per file with extract_captures.py, tears down.
# Needs root. Files written: tests/data/{mdns,ssdp,upnp,wsd}/lab-*.
set -euo pipefail

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA_DIR=${1:-$LAB_DIR/../../data}
mkdir -p "$DATA_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)

[ "$(id -u)" -eq 0 ] || { echo "capture: ERROR: capturing needs root (it builds the lab)" >&2; exit 1; }
command -v tcpdump >/dev/null || { echo "capture: ERROR: tcpdump is missing; apt-get install -y --no-install-recommends tcpdump" >&2; exit 1; }

S=$(mktemp -d "${TMPDIR:-/tmp}/voordeur-capture.XXXXXX")
trap '"$LAB_DIR/lab.sh" down "$S" || true; rm -rf -- "$S"' EXIT
trap 'exit 130' INT TERM HUP

LAB_CAPTURE_PCAP=$S/capture.pcap LAB_MINIDLNA_NOTIFY_INTERVAL=60 "$LAB_DIR/lab.sh" up "$S"
set -a
# shellcheck source=/dev/null
. "$S/lab.env"
set +a
# A full mDNS querier's questions (from port 5353, before the client's avahi-daemon takes it):
# responders answer by multicast with PTR, SRV, TXT and A together. Asked twice, because answers
# given within the last second are suppressed and the start-up announcements may still run.
for _ in 1 2; do
    "$LAB_NSEXEC" "$LAB_CLIENT_NS" /usr/bin/python3 "$LAB_DIR/mdns_query.py" --multicast --timeout 1.5 \
        --source-ip "$LAB_CLIENT_IP" _ipp._tcp.local/PTR _sonos._tcp.local/PTR _device-info._tcp.local/PTR \
        _services._dns-sd._udp.local/PTR >/dev/null
done
"$LAB_DIR/reference-scan.sh" "$S" >/dev/null
"$LAB_DIR/lab.sh" stop-capture "$S"
echo "capture: writing fixtures to $DATA_DIR"
/usr/bin/python3 "$LAB_DIR/extract_captures.py" "$S" "$DATA_DIR"
