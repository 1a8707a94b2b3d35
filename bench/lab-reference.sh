#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# bench/lab-reference.sh [--hosts N] [--repeat R] [--gssdp-timeout S] [--voordeur PATH]
#
# How long do the reference tools take on the test lab? Brings the lab up (timed), then runs
# avahi-browse -a -r -t -p -k, gssdp-discover --timeout=S and upnpc -l in the lab's client
# namespace, each alone and then all three in parallel, R times (default 3), and prints the
# median and range of each wall time with what the tool found; tears the lab down (timed).
# Voordeur's scanner (voordeur-cli scan --json, default budget) runs on the same lab in the same
# rounds: its wall time, its time to the complete result (the last new fact) and its peak RSS
# are printed next to the reference tools, with the ratio.
#
#   --voordeur PATH  the voordeur-cli to measure (default: build/release, else build/dev)
#
#   --hosts N   the scaling variant: N extra lightweight hosts (a namespace and a veth each, no
#               process), published by one avahi-daemon per 50 hosts (two services per host,
#               A records through /etc/avahi/hosts), addresses 10.77.1.1 upwards in a /22.
# Needs root. Everything runs inside the lab's namespaces (tests/integration/lab/nsexec.sh).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LAB=$ROOT/tests/integration/lab/lab.sh

hosts=0
repeat=3
gssdp_timeout=3
voordeur=
for candidate in "$ROOT/build/release/app/voordeur-cli" "$ROOT/build/dev/app/voordeur-cli"; do
    if [ -z "$voordeur" ] && [ -x "$candidate" ]; then voordeur=$candidate; fi
done
while [ $# -gt 0 ]; do
    case $1 in
        --hosts) hosts=${2:?}; shift 2 ;;
        --repeat) repeat=${2:?}; shift 2 ;;
        --gssdp-timeout) gssdp_timeout=${2:?}; shift 2 ;;
        --voordeur) voordeur=${2:?}; shift 2 ;;
        *) echo "usage: lab-reference.sh [--hosts N] [--repeat R] [--gssdp-timeout S]" >&2; exit 2 ;;
    esac
done
[ "$(id -u)" -eq 0 ] || { echo "lab-reference: ERROR: the benchmark needs root (it builds the lab)" >&2; exit 1; }
[ -x "$voordeur" ] || { echo "lab-reference: ERROR: no voordeur-cli found; build first or pass --voordeur" >&2; exit 1; }

S=$(mktemp -d "${TMPDIR:-/tmp}/voordeur-bench.XXXXXX")
trap '"$LAB" down "$S" >/dev/null 2>&1 || true; rm -rf -- "$S"' EXIT
trap 'exit 130' INT TERM HUP

elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'; }

up_args=()
[ "$hosts" -eq 0 ] || up_args=(--hosts "$hosts")
t=$EPOCHREALTIME
LAB_READY_TIMEOUT=$((15 + hosts / 5)) "$LAB" up "$S" "${up_args[@]}" 2>"$S/up.log" || { cat "$S/up.log" >&2; exit 1; }
bring_up=$(elapsed "$t")
t=$EPOCHREALTIME
"$LAB" client-avahi "$S"
client_avahi=$(elapsed "$t")
set -a
# shellcheck source=/dev/null
. "$S/lab.env"
set +a

in_client() { "$LAB_NSEXEC" "$LAB_CLIENT_NS" "$@"; }
tool_avahi() { in_client env DBUS_SYSTEM_BUS_ADDRESS="$LAB_DBUS_ADDRESS" avahi-browse -a -r -t -p -k; }
tool_gssdp() { in_client gssdp-discover -i eth0 --timeout="$gssdp_timeout"; }
tool_upnpc() { in_client upnpc -m eth0 -l; }
found_avahi() { echo "$(grep -c '^=' "$1") services resolved"; }
found_gssdp() { echo "$(grep -c 'resource available' "$1") SSDP resources"; }
found_upnpc() { echo "$(grep -cE '^ *[0-9]+ (TCP|UDP) ' "$1") port mappings"; }

# Voordeur: wall time and peak RSS from measure.py, the rest from its own JSON.
run_voordeur() { # ROUND
    local out=$S/out.voordeur.$1 figures
    figures=$(python3 "$ROOT/bench/measure.py" "$out" "$LAB_NSEXEC" "$LAB_CLIENT_NS" "$voordeur" scan --json)
    python3 - "$out" "$figures" >>"$S/voordeur" <<'PY'
import json, sys
scan = json.load(open(sys.argv[1]))
wall, rss = sys.argv[2].split()
services = sum(len(d["mdns"]) for d in scan["devices"])
print(wall, scan["last_new_evidence_ms"] / 1000, scan["duration_ms"] / 1000, rss, len(scan["devices"]), services)
PY
}

run_timed() { # TOOL MODE ROUND: one timed run, appended to $S/times
    local t0=$EPOCHREALTIME out=$S/out.$1.$2.$3
    "tool_$1" >"$out" 2>&1 || true
    printf '%s %s %s\n' "$1" "$2" "$(elapsed "$t0")" >>"$S/times"
}

: >"$S/times"
: >"$S/voordeur"
for round in $(seq 1 "$repeat"); do
    run_voordeur "$round"
    for tool in avahi gssdp upnpc; do
        run_timed "$tool" alone "$round"
    done
    t=$EPOCHREALTIME
    for tool in avahi gssdp upnpc; do
        run_timed "$tool" parallel "$round" &
    done
    wait
    printf 'all parallel %s\n' "$(elapsed "$t")" >>"$S/times"
done

stats() { # TOOL MODE -> "median (min-max)"
    awk -v tool="$1" -v mode="$2" '$1 == tool && $2 == mode { print $3 }' "$S/times" | sort -n |
        awk '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit }
              m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
              printf "%.2f s (%.2f-%.2f)", m, v[1], v[NR] }'
}

echo "Voordeur lab reference benchmark: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  lab: $(wc -l <"$S/namespaces") namespaces ($hosts extra hosts), $(wc -l <"$S/pids") processes"
echo "  bring-up: $bring_up s (client avahi-daemon + D-Bus: $client_avahi s)"
echo "  $repeat rounds; median (min-max) wall time:"
printf '    %-34s %-24s %-24s %s\n' tool alone "in parallel" found
printf '    %-34s %-24s %-24s %s\n' "avahi-browse -a -r -t -p -k" "$(stats avahi alone)" "$(stats avahi parallel)" "$(found_avahi "$S/out.avahi.alone.1")"
printf '    %-34s %-24s %-24s %s\n' "gssdp-discover --timeout=$gssdp_timeout" "$(stats gssdp alone)" "$(stats gssdp parallel)" "$(found_gssdp "$S/out.gssdp.alone.1")"
printf '    %-34s %-24s %-24s %s\n' "upnpc -l" "$(stats upnpc alone)" "$(stats upnpc parallel)" "$(found_upnpc "$S/out.upnpc.alone.1")"
printf '    %-34s %-24s %-24s\n' "all three in parallel" "" "$(stats all parallel)"
median() { # COLUMN of $S/voordeur
    awk -v c="$1" '{ print $c }' "$S/voordeur" | sort -n |
        awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f", m }'
}
v_wall=$(median 1)
v_complete=$(median 2)
v_rss=$(awk '{ if ($4 > m) m = $4 } END { printf "%.1f", m / 1024 }' "$S/voordeur")
read -r _ _ _ _ v_devices v_services < <(tail -n 1 "$S/voordeur")
ref_parallel=$(awk '$1 == "all" { print $3 }' "$S/times" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }')
echo "  Voordeur (voordeur-cli scan --json, default budget), median of $repeat:"
echo "    wall time $v_wall s; complete result after $v_complete s; peak RSS $v_rss MB; found $v_devices devices, $v_services mDNS services"
awk -v w="$v_wall" -v c="$v_complete" -v r="$ref_parallel" 'BEGIN {
    printf "    ratio to the three reference tools in parallel (%.2f s): wall %.2f, complete result %.2f\n", r, w / r, c / r }'
t=$EPOCHREALTIME
"$LAB" down "$S" 2>/dev/null
echo "  teardown: $(elapsed "$t") s"
