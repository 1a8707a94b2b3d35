#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Run by with-lab.sh inside the lab's client namespace: checks what a test running there can
# rely on - the namespace, the lab.env variables, eth0's address and MAC, the routes, the lab
# DNS server - so a scanner test that fails points at the scanner, not at its surroundings.
set -uo pipefail

failures=0
check() { # DESCRIPTION COMMAND...
    if "${@:2}" >/dev/null 2>&1; then
        echo "ok   $1"
    else
        echo "FAIL $1"
        failures=$((failures + 1))
    fi
}

here=$(ip netns identify $$)
check "runs in the lab's client namespace ($here)" test -n "$here" -a "$here" = "${LAB_CLIENT_NS:-}"
for var in LAB_STATE_DIR LAB_PREFIX LAB_CLIENT_IP LAB_CLIENT_MAC LAB_SUBNET LAB_GATEWAY LAB_DNS_SERVER \
    LAB_ROUTER_IP LAB_ROUTER_MAC LAB_PRINTER_IP LAB_NAS_IP LAB_CAMERA_IP LAB_PLUG_IP LAB_IGD_URL LAB_EXPECTED; do
    check "lab.env exports $var" test -n "${!var:-}"
done
check "expected.json is readable JSON" jq -e '.devices | length > 0' "${LAB_EXPECTED:-/nonexistent}"
check "eth0 has the client address $LAB_CLIENT_IP" sh -c "ip -4 -br addr show dev eth0 | grep -q ' $LAB_CLIENT_IP/'"
check "eth0 has the client MAC $LAB_CLIENT_MAC" sh -c "ip -br link show dev eth0 | grep -qi ' $LAB_CLIENT_MAC '"
check "the default route leads to the lab router" sh -c "ip route show default | grep -q 'via $LAB_GATEWAY dev eth0'"
check "multicast leaves through eth0" sh -c "ip route show 224.0.0.0/4 | grep -q 'dev eth0'"
check "eth0 is the only interface besides lo" sh -c "test \"\$(ip -br link | awk '{ print \$1 }' | sed 's/@.*//' | sort | tr '\n' ' ')\" = 'eth0 lo '"
check "names resolve through the lab's DNS server" sh -c "grep -q '^nameserver $LAB_DNS_SERVER\$' /etc/resolv.conf"
check "the router's IGD description answers" curl -sf --max-time 3 -o /dev/null "$LAB_IGD_URL"
[ "$failures" -eq 0 ] || { echo "$failures checks failed"; exit 1; }
