#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# reference-scan.sh STATE_DIR [--sequential]
#
# Runs the reference tools against a lab that `lab.sh up STATE_DIR` brought up, all inside the
# lab's client namespace, and saves their raw output under STATE_DIR/reference/:
#   avahi-browse -a -r -t -p -k (plus one browse per expected DNS-SD subtype), gssdp-discover,
#   upnpc -l, a WS-Discovery Probe/Resolve (wsd_probe.py), an ARP sweep (arp_sweep.py); then
#   every SSDP LOCATION fetched with curl, an ONVIF GetDeviceInformation and reverse DNS.
# Prints what each found and its wall time. check_reference.py judges the result.
# The tools run in parallel (as a scanner would); --sequential runs them one after another.
set -euo pipefail

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
GSSDP_TIMEOUT=${LAB_GSSDP_TIMEOUT:-3}
WSD_TIMEOUT=${LAB_WSD_TIMEOUT:-2}

die() { echo "reference-scan: ERROR: $*" >&2; exit 1; }

[ -n "${1:-}" ] || die "usage: reference-scan.sh STATE_DIR [--sequential]"
S=$(cd "$1" && pwd) || die "no state directory $1"
SEQUENTIAL=0
[ "${2:-}" = --sequential ] && SEQUENTIAL=1
[ -s "$S/lab.env" ] || die "no lab is up in $S (run: lab.sh up $S)"
set -a
# shellcheck source=/dev/null
. "$S/lab.env"
set +a
command -v jq >/dev/null || die "jq is missing; install it with: apt-get install -y --no-install-recommends jq"

OUT=$S/reference
rm -rf "$OUT"
mkdir -p "$OUT"

"$LAB_DIR/lab.sh" client-avahi "$S"

in_client() { "$LAB_NSEXEC" "$LAB_CLIENT_NS" "$@"; }

seconds_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'; }

timed() { # NAME OUTPUT_FILE COMMAND...: run it, keep stdout/stderr, record exit code and wall time
    local name=$1 out=$2 t0=$EPOCHREALTIME rc=0
    shift 2
    "$@" >"$out" 2>"$out.stderr" || rc=$?
    printf '%s\t%s\t%s\n' "$name" "$rc" "$(seconds_since "$t0")" >"$OUT/$name.time"
}

launch() { # like timed, in the background unless --sequential
    if [ "$SEQUENTIAL" -eq 1 ]; then timed "$@"; else timed "$@" & fi
}

browse() { in_client env DBUS_SYSTEM_BUS_ADDRESS="$LAB_DBUS_ADDRESS" avahi-browse "$@"; }
# avahi-browse -t stops at "all for now", sometimes before every resolver (or subtype browse) has answered on a busy
# machine; a second pass answers from the client daemon's warm cache, so together they are complete.
browse_twice() { browse "$@" && browse "$@"; }

T0=$EPOCHREALTIME
launch avahi-browse "$OUT/avahi-browse.txt" browse_twice -a -r -t -p -k
for subtype in $(jq -r '[.devices[].mdns[].subtypes[]] | unique | .[]' "$LAB_EXPECTED"); do
    launch "avahi-browse=$subtype" "$OUT/avahi-browse=$subtype.txt" browse_twice -r -t -p -k "$subtype"
done
launch gssdp-discover "$OUT/gssdp-discover.txt" in_client gssdp-discover -i eth0 --timeout="$GSSDP_TIMEOUT"
launch upnpc "$OUT/upnpc.txt" in_client upnpc -m eth0 -l
launch wsd-probe "$OUT/wsd-probe.json" in_client "$PY" "$LAB_DIR/wsd_probe.py" \
    --source-ip "$LAB_CLIENT_IP" --timeout "$WSD_TIMEOUT" --save-dir "$OUT/wsd"
launch arp-sweep "$OUT/arp-sweep.json" in_client "$PY" "$LAB_DIR/arp_sweep.py" \
    --interface eth0 --source-ip "$LAB_CLIENT_IP" --subnet "$LAB_SUBNET"
wait
T_DISCOVERY=$(seconds_since "$T0")

# Second step, on what discovery returned: device descriptions, ONVIF device information, PTRs.
fetch_descriptions() {
    local n=0 url
    mkdir -p "$OUT/descriptions"
    while read -r url; do
        in_client curl -sf --max-time 3 -o "$OUT/descriptions/$n.xml" "$url"
        printf '%s\t%s\n' "$n" "$url" >>"$OUT/descriptions/index.tsv"
        n=$((n + 1))
    done < <(awk '/Location:/ { print $2 }' "$OUT/gssdp-discover.txt" | sort -u)
    echo "$n descriptions"
}
onvif_device_information() {
    local url
    for url in $(jq -r '.matches[] | select(.types[].local == "NetworkVideoTransmitter") | .xaddrs[]' \
        "$OUT/wsd-probe.json" | sort -u); do
        in_client curl -sf --max-time 3 -H 'Content-Type: application/soap+xml; charset=utf-8' \
            --data '<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><GetDeviceInformation xmlns="http://www.onvif.org/ver10/device/wsdl"/></s:Body></s:Envelope>' \
            "$url"
    done
}
reverse_dns() {
    local -a ips
    mapfile -t ips < <(jq -r '.devices[].ipv4' "$LAB_EXPECTED")
    in_client "$PY" -c '
import json, socket, sys
names = {}
for ip in sys.argv[1:]:
    try:
        names[ip] = socket.gethostbyaddr(ip)[0]
    except OSError:
        names[ip] = None
print(json.dumps(names, indent=2))' "${ips[@]}"
}
launch upnp-descriptions "$OUT/upnp-descriptions.txt" fetch_descriptions
launch onvif-device-information "$OUT/onvif-device-information.xml" onvif_device_information
launch reverse-dns "$OUT/reverse-dns.json" reverse_dns
wait
T_TOTAL=$(seconds_since "$T0")

# What each tool found, with its wall time.
found() {
    case $1 in
        avahi-browse) echo "$(grep -c '^=' "$OUT/avahi-browse.txt" || true) services resolved on $(grep '^=' "$OUT/avahi-browse.txt" | cut -d';' -f8 | sort -u | wc -l) addresses" ;;
        avahi-browse=*) echo "$(grep -c '^=' "$OUT/$1.txt" || true) instances of subtype ${1#avahi-browse=}" ;;
        gssdp-discover) echo "$(grep -c 'resource available' "$OUT/gssdp-discover.txt" || true) resources at $(awk '/Location:/ { print $2 }' "$OUT/gssdp-discover.txt" | sort -u | wc -l) locations" ;;
        upnpc) echo "IGD external $(sed -n 's/^ExternalIPAddress = //p' "$OUT/upnpc.txt"), $(grep -cE '^ *[0-9]+ (TCP|UDP) ' "$OUT/upnpc.txt" || true) port mappings" ;;
        wsd-probe) jq -r '"\(.matches | length) matches: " + ([.matches[] | "\(.from) \(.probe)"] | join(", "))' "$OUT/wsd-probe.json" ;;
        arp-sweep) jq -r '"\(.neighbours | length) neighbours answered ARP"' "$OUT/arp-sweep.json" ;;
        upnp-descriptions) cat "$OUT/upnp-descriptions.txt" ;;
        onvif-device-information) grep -o '<tds:Model>[^<]*' "$OUT/onvif-device-information.xml" | sed 's/<tds:Model>/model /' || echo none ;;
        reverse-dns) jq -r '[to_entries[] | select(.value != null)] | "\(length) PTR names"' "$OUT/reverse-dns.json" ;;
    esac
}
echo "reference tools in $LAB_CLIENT_NS ($([ "$SEQUENTIAL" -eq 1 ] && echo sequential || echo parallel)):"
for f in "$OUT"/*.time; do
    IFS=$'\t' read -r name rc secs <"$f"
    printf '  %-42s %6s s  exit %-3s %s\n' "$name" "$secs" "$rc" "$(found "$name" 2>/dev/null || echo '?')"
done | tee "$OUT/summary.txt"
echo "  discovery step ${T_DISCOVERY} s, everything ${T_TOTAL} s" | tee -a "$OUT/summary.txt"
if grep -qE 'exit [1-9]' "$OUT/summary.txt"; then
    die "a reference tool failed (see $OUT/*.stderr)"
fi
