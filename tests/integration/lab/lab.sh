#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Voordeur's test lab: a home network of real responders in isolated network namespaces.
#
#   lab.sh up STATE_DIR [--hosts N]   build the lab, wait until every responder answers,
#                                     write STATE_DIR/lab.env and STATE_DIR/expected.json
#   lab.sh down STATE_DIR             stop the lab's processes (by recorded PID) and delete
#                                     its namespaces; safe to repeat
#   lab.sh status [STATE_DIR]         what is up
#   lab.sh client-avahi STATE_DIR     start a private D-Bus and a browsing avahi-daemon in
#                                     the client namespace (for avahi-browse)
#   lab.sh stop-capture STATE_DIR     stop the tcpdump that LAB_CAPTURE_PCAP=FILE lab.sh up
#                                     started in the client namespace before any responder
#
# Nothing here touches the root network namespace: veth pairs are created inside the bridge
# namespace with their peer placed straight into the device namespace, and every program
# runs through nsexec.sh, which refuses to run outside a lab namespace.
set -euo pipefail

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NSEXEC=$LAB_DIR/nsexec.sh
PY=/usr/bin/python3   # the system Python: wsdd breaks under another python3 on PATH
SPEC=${LAB_SPEC:-$LAB_DIR/devices.json}
READY_TIMEOUT=${LAB_READY_TIMEOUT:-15}
DBUS_ADDRESS=unix:abstract=/voordeur-lab/system_bus_socket

die() { echo "lab: ERROR: $*" >&2; exit 1; }
note() { echo "lab: $*" >&2; }
T0=$EPOCHREALTIME
trace() { [ -z "${LAB_TRACE:-}" ] || echo "lab: +$(awk -v a="$T0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }') s: $*" >&2; }

usage() {
    sed -n '3,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# ---------------------------------------------------------------- preflight

need_program() { # PROGRAM DEBIAN_PACKAGE
    command -v "$1" >/dev/null 2>&1 ||
        die "'$1' is missing; install it with: apt-get install -y --no-install-recommends $2"
}

preflight() {
    [ "$(id -u)" -eq 0 ] ||
        die "the integration lab needs root (it creates network namespaces, veth pairs and a bridge); run it as root"
    need_program ip iproute2
    need_program ss iproute2
    need_program unshare util-linux
    need_program mount mount
    need_program nft nftables
    need_program curl curl
    need_program avahi-daemon avahi-daemon
    need_program avahi-browse avahi-utils
    need_program miniupnpd miniupnpd-nftables
    need_program upnpc miniupnpc
    need_program minidlnad minidlna
    need_program dnsmasq dnsmasq-base
    need_program dbus-daemon dbus-daemon
    need_program dbus-send dbus-bin
    [ -x /usr/sbin/wsdd ] || die "'/usr/sbin/wsdd' is missing; install it with: apt-get install -y --no-install-recommends wsdd"
    [ -x "$PY" ] || die "$PY is missing; install it with: apt-get install -y --no-install-recommends python3"
    [ -r /usr/share/ieee-data/oui.txt ] ||
        die "/usr/share/ieee-data/oui.txt is missing; install it with: apt-get install -y --no-install-recommends ieee-data"
    ip netns list >/dev/null 2>&1 || die "this kernel or container offers no network namespaces (ip netns list failed)"
}

# ---------------------------------------------------------------- bookkeeping

state_dir() { # make STATE_DIR absolute and remember it in $S
    [ -n "${1:-}" ] || usage
    mkdir -p "$1"
    S=$(cd "$1" && pwd)
}

start_time_of() { # PID -> REPLY = kernel start time (field 22 of /proc/PID/stat), empty if gone
    local stat rest
    REPLY=
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 0
    rest=${stat##*) }
    local -a fields
    read -r -a fields <<<"$rest"
    REPLY=${fields[19]}
}

record_pid() { # PID NAMESPACE LABEL
    start_time_of "$1"
    echo "$1 ${REPLY:-gone} $2 $3" >>"$S/pids"
}

is_our_process() { # PID START_TIME: the same process we started (not a reused PID), not yet reaped
    start_time_of "$1"
    [ "$REPLY" = "$2" ]
}

start_daemon() { # LABEL NAMESPACE COMMAND...
    local label=$1 ns=$2
    shift 2
    "$NSEXEC" "$ns" "$@" </dev/null >>"$S/logs/$label.log" 2>&1 &
    record_pid $! "$ns" "$label"
}

label_alive() {
    local pid started
    read -r pid started _ < <(awk -v l="$1" '$4 == l { line = $0 } END { print line }' "$S/pids" 2>/dev/null) || return 1
    [ -n "${pid:-}" ] && is_our_process "$pid" "$started"
}

# ---------------------------------------------------------------- teardown

stop_recorded_processes() {
    [ -s "$S/pids" ] || return 0
    local pid started ns label
    local -a ours=()
    while read -r pid started ns label; do
        if is_our_process "$pid" "$started"; then
            kill -TERM "$pid" 2>/dev/null || true
            ours+=("$pid:$started")
        fi
    done < <(tac "$S/pids")
    trace "SIGTERM sent to ${#ours[@]} processes"
    for _ in $(seq 1 50); do
        local any=0 entry
        for entry in "${ours[@]}"; do
            is_our_process "${entry%%:*}" "${entry#*:}" && any=1
        done
        [ "$any" -eq 0 ] && break
        sleep 0.1
    done
    for entry in "${ours[@]}"; do
        if is_our_process "${entry%%:*}" "${entry#*:}"; then
            note "process ${entry%%:*} ignored SIGTERM; sending SIGKILL"
            kill -KILL "${entry%%:*}" 2>/dev/null || true
        fi
    done
}

stop_leftovers_in_namespaces() {
    # Children of our daemons that we did not start directly (minidlna's scanner, for one) can
    # only be in the namespaces where our daemons ran, or in the client namespace where tests
    # run their tools; only those are looked at (a bench lab has hundreds of idle namespaces).
    local ns pid
    for ns in $({ awk '{ print $3 }' "$S/pids" 2>/dev/null; grep -e '-client$' "$S/namespaces"; } | sort -u); do
        [ -e "/run/netns/$ns" ] || continue
        for pid in $(ip netns pids "$ns" 2>/dev/null || true); do
            note "stopping leftover process $pid ($(cat "/proc/$pid/comm" 2>/dev/null || echo '?')) in $ns"
            kill -KILL "$pid" 2>/dev/null || true
        done
    done
}

teardown() {
    trace "teardown"
    [ -n "${S:-}" ] || return 0
    if [ ! -s "$S/namespaces" ] && [ ! -s "$S/pids" ]; then
        return 0
    fi
    stop_recorded_processes
    trace "processes stopped"
    if [ -s "$S/namespaces" ]; then
        stop_leftovers_in_namespaces
        local ns
        for ns in $(tac "$S/namespaces"); do
            [ ! -e "/run/netns/$ns" ] || echo "netns delete $ns"
        done | ip -force -batch - 2>/dev/null || true
        while read -r ns; do
            [ ! -e "/run/netns/$ns" ] || note "could not delete namespace $ns"
        done <"$S/namespaces"
    fi
    if [ -s "$S/etc-netns" ]; then
        local dir
        while read -r dir; do
            case $dir in /etc/netns/vd[0-9]*-?*) rm -rf -- "$dir" ;; esac
        done <"$S/etc-netns"
    fi
    local f
    for f in namespaces pids etc-netns; do
        [ -e "$S/$f" ] && mv -f "$S/$f" "$S/$f.down"
    done
    rm -f "$S/lab.env"
    note "lab in $S is down"
}

# ---------------------------------------------------------------- building blocks

create_network() { # every namespace, the bridge, the veth pairs, addresses and routes
    local id ns ip_var mac_var ll_var
    local -a hosts=("${DEVICES[@]}" "${BENCH_HOSTS[@]}")
    local -a all=("$HOME_NS")
    for id in "${hosts[@]}"; do all+=("$PREFIX$id"); done
    printf '%s\n' "${all[@]}" >>"$S/namespaces"   # recorded first: teardown also removes half-made ones
    printf 'netns add %s\n' "${all[@]}" | ip -batch -
    # The bridge namespace is a switch only and stays silent: no addresses, no IPv6 link-locals.
    {
        echo "link set lo up"
        echo "link add br0 type bridge stp_state 0 forward_delay 0 mcast_snooping 0"
        echo "link set br0 addrgenmode none"
        echo "link set br0 up"
        for id in "${hosts[@]}"; do
            mac_var=MAC_$id
            # The device end is created straight inside the device namespace, with its vendor MAC.
            echo "link add p-$id type veth peer name eth0 address ${!mac_var} netns $PREFIX$id"
            echo "link set p-$id addrgenmode none"
            echo "link set p-$id master br0 up"
        done
    } | ip -n "$HOME_NS" -batch -
    for id in "${hosts[@]}"; do
        ip_var=IP_$id ll_var=LL_$id
        {
            echo "link set lo up"
            # The EUI-64 link-local the kernel would make, but without the DAD delay.
            echo "link set eth0 addrgenmode none"
            echo "addr add ${!ip_var}/$LAB_PREFIXLEN dev eth0"
            echo "addr add ${!ll_var}/64 dev eth0 nodad"
            echo "link set eth0 up"
            echo "route add 224.0.0.0/4 dev eth0"
            [ "$id" = router ] || echo "route add default via $LAB_GATEWAY"
        } | ip -n "$PREFIX$id" -batch -
    done
}

start_avahi() { # ID LABEL: avahi-daemon in its own mount namespace with its own services, hosts and /run
    local dir=$S/$1/avahi
    # shellcheck disable=SC2016 # $1 is expanded by the inner shell
    start_daemon "$2" "$PREFIX$1" unshare -m /bin/sh -c '
        mount --bind "$1/services" /etc/avahi/services &&
        mount --bind "$1/hosts" /etc/avahi/hosts &&
        mount --bind "$1/run" /run &&
        exec avahi-daemon -f "$1/avahi-daemon.conf" --no-drop-root --no-chroot' avahi "$dir"
}

avahi_ready() { # ID LABEL: started, and every service group of its services folder established
    local log=$S/logs/$2.log
    local -a groups=("$S/$1/avahi/services/"*.service)
    grep -q 'Server startup complete' "$log" 2>/dev/null || return 1
    [ "$(grep -c 'successfully established' "$log")" -ge "${#groups[@]}" ]
}

http_ok() { # URL, fetched from the client namespace
    "$NSEXEC" "$CLIENT_NS" curl -sf --max-time 1 -o /dev/null "$1" 2>/dev/null
}

listening() { # NAMESPACE -t|-u PORT (ss -N reads the namespace's socket table; it sends nothing)
    [ -n "$(ss -N "$1" -Hln "$2" "sport = :$3" 2>/dev/null)" ]
}

add_mappings() {
    local var id internal external proto desc out
    for var in $(compgen -v MAPPING_); do
        read -r id internal external proto desc <<<"${!var}"
        local ip_var=IP_$id
        # -u skips SSDP discovery (it is checked separately by the reference tools); no lease
        # means 0, which IGD:2 turns into the maximum.
        out=$("$NSEXEC" "$PREFIX$id" upnpc -m eth0 -u "$IGD_URL" -e "$desc" -a "${!ip_var}" "$internal" "$external" "$proto" 2>&1) ||
            die "upnpc could not add $proto $external -> ${!ip_var}:$internal: $out"
        grep -q "is redirected to internal ${!ip_var}:$internal" <<<"$out" ||
            die "upnpc did not confirm $proto $external -> ${!ip_var}:$internal: $out"
        echo "$out" >>"$S/logs/upnpc-mappings.log"
    done
}

tail_log() { tail -n 15 "$S/logs/$1.log" 2>/dev/null | sed 's/^/    /' >&2 || true; }

wait_until_ready() {
    local deadline pending label
    deadline=$(( ${EPOCHREALTIME/./} + READY_TIMEOUT * 1000000 ))
    declare -A done_=()
    local mappings_done=0
    while :; do
        pending=()
        local pid started ns
        while read -r pid started ns label; do
            is_our_process "$pid" "$started" ||
                { note "$label exited during start-up; its log:"; tail_log "$label"; die "$label did not start"; }
        done <"$S/pids"
        for id in "${AVAHI_DEVICES[@]}" "${BENCH_PUBLISHERS[@]}"; do
            [ -n "${done_[avahi-$id]:-}" ] && continue
            if avahi_ready "$id" "avahi-$id"; then done_[avahi-$id]=1; trace "avahi-$id ready"; else pending+=("avahi-$id"); fi
        done
        if [ -z "${done_[miniupnpd]:-}" ]; then
            if http_ok "$IGD_URL"; then done_[miniupnpd]=1; trace "miniupnpd ready"; else pending+=(miniupnpd); fi
        fi
        if [ -n "${done_[miniupnpd]:-}" ] && [ "$mappings_done" -eq 0 ]; then
            add_mappings
            mappings_done=1
        fi
        if [ -z "${done_[minidlna]:-}" ]; then
            if http_ok "$MINIDLNA_URL"; then done_[minidlna]=1; trace "minidlna ready"; else pending+=(minidlna); fi
        fi
        if [ -z "${done_[wsdd]:-}" ]; then
            if listening "${PREFIX}nas" -u 3702 && listening "${PREFIX}nas" -t 5357; then done_[wsdd]=1; trace "wsdd ready"; else pending+=(wsdd); fi
        fi
        if [ -z "${done_[onvif]:-}" ]; then
            if [ -e "$S/camera/onvif.ready" ]; then done_[onvif]=1; trace "onvif ready"; else pending+=(onvif); fi
        fi
        if [ -z "${done_[dnsmasq]:-}" ]; then
            if listening "${PREFIX}router" -u 53; then done_[dnsmasq]=1; trace "dnsmasq ready"; else pending+=(dnsmasq); fi
        fi
        [ "${#pending[@]}" -eq 0 ] && return 0
        if [ "${EPOCHREALTIME/./}" -gt "$deadline" ]; then
            for label in "${pending[@]}"; do note "$label is not ready; its log:"; tail_log "$label"; done
            die "not ready after ${READY_TIMEOUT}s: ${pending[*]}"
        fi
        sleep 0.1
    done
}

# shellcheck disable=SC2154 # IP_client and MAC_client come from plan.sh
write_lab_env() {
    local f=$S/lab.env.tmp id upper ip_var mac_var
    {
        echo "# Written by lab.sh up; source it (set -a; . lab.env) to reach the lab."
        echo "LAB_STATE_DIR='$S'"
        echo "LAB_PREFIX='$PREFIX'"
        echo "LAB_NAMESPACES='$(tr '\n' ' ' <"$S/namespaces" | sed 's/ $//')'"
        echo "LAB_BRIDGE_NS='$HOME_NS'"
        echo "LAB_CLIENT_NS='$CLIENT_NS'"
        echo "LAB_CLIENT_IF='eth0'"
        echo "LAB_CLIENT_IP='$IP_client'"
        echo "LAB_CLIENT_MAC='$MAC_client'"
        echo "LAB_SUBNET='$($PY -c "import ipaddress,sys; print(ipaddress.ip_network(sys.argv[1], strict=False))" "$LAB_GATEWAY/$LAB_PREFIXLEN")'"
        echo "LAB_GATEWAY='$LAB_GATEWAY'"
        echo "LAB_DNS_SERVER='$LAB_GATEWAY'"
        echo "LAB_ROUTER_WAN_IP='$LAB_WAN_IP'"
        echo "LAB_IGD_URL='$IGD_URL'"
        echo "LAB_MINIDLNA_URL='$MINIDLNA_URL'"
        echo "LAB_EXPECTED='$S/expected.json'"
        echo "LAB_DBUS_ADDRESS='$DBUS_ADDRESS'"
        echo "LAB_NSEXEC='$NSEXEC'"
        echo "LAB_BENCH_HOSTS='${#BENCH_HOSTS[@]}'"
        for id in "${DEVICES[@]}"; do
            upper=${id^^}
            ip_var=IP_$id mac_var=MAC_$id
            echo "LAB_${upper}_NS='$PREFIX$id'"
            echo "LAB_${upper}_IP='${!ip_var}'"
            echo "LAB_${upper}_MAC='${!mac_var}'"
        done
    } >"$f"
    mv -f "$f" "$S/lab.env"
}

# ---------------------------------------------------------------- commands

cmd_up() {
    state_dir "${1:-}"
    shift
    local extra_hosts=0
    while [ $# -gt 0 ]; do
        case $1 in
            --hosts) extra_hosts=${2:?--hosts needs a number}; shift 2 ;;
            *) usage ;;
        esac
    done
    preflight
    if [ -s "$S/namespaces" ]; then
        die "$S already holds a lab (run: lab.sh down $S)"
    fi
    local t0=$EPOCHREALTIME
    PREFIX=vd$$-
    while ip netns list 2>/dev/null | grep -q "^$PREFIX"; do PREFIX=vd$$$((RANDOM % 1000))-; done
    rm -rf "$S/logs" "$S/reference" "$S"/*.down
    mkdir -p "$S/logs"
    : >"$S/pids"
    : >"$S/namespaces"
    UP_DONE=0
    trap 'if [ "$UP_DONE" -eq 0 ]; then note "bring-up failed; tearing the lab down"; teardown; fi' EXIT
    trap 'exit 130' INT TERM

    trace "render"
    "$PY" "$LAB_DIR/labgen.py" render --spec "$SPEC" --state "$S" --prefix "$PREFIX" --hosts "$extra_hosts"
    # plan.sh (from labgen.py) defines DEVICES, AVAHI_DEVICES, BENCH_HOSTS, BENCH_PUBLISHERS,
    # IP_<id>, MAC_<id>, LL_<id>, LAB_PREFIXLEN, LAB_GATEWAY, IGD_URL, MINIDLNA_URL, MAPPING_<n> ...
    # shellcheck source=/dev/null disable=SC2154
    . "$S/plan.sh"
    HOME_NS=${PREFIX}home
    CLIENT_NS=${PREFIX}client

    create_network
    trace "network built"
    local id

    # Every lab program resolves names through the router's dnsmasq (ip netns exec bind-mounts
    # /etc/netns/NS/resolv.conf), so no lookup ever heads for the machine's real DNS server;
    # it also gives the client PTR names for reverse-DNS tests.
    for id in "${DEVICES[@]}" "${BENCH_PUBLISHERS[@]}"; do
        mkdir -p "/etc/netns/$PREFIX$id"
        echo "/etc/netns/$PREFIX$id" >>"$S/etc-netns"
        cp "$S/client/resolv.conf" "/etc/netns/$PREFIX$id/resolv.conf"
    done

    if [ -n "${LAB_CAPTURE_PCAP:-}" ]; then
        start_daemon tcpdump "$CLIENT_NS" tcpdump -i eth0 -U -n -s 0 -Z root -w "$LAB_CAPTURE_PCAP" \
            'udp port 5353 or udp port 1900 or udp port 3702'
        for _ in $(seq 1 50); do grep -q 'listening on' "$S/logs/tcpdump.log" && break; sleep 0.1; done
    fi

    # The router: WAN side is a veth pair with both ends inside the router namespace.
    local r=${PREFIX}router
    ip -n "$r" -batch - <<-EOF
	link add wan0 type veth peer name wan0p
	addr add $LAB_WAN_IP/$LAB_WAN_PREFIXLEN dev wan0
	link set wan0p up
	link set wan0 up
	EOF
    "$NSEXEC" "$r" nft -f "$S/router/nft.rules"
    start_daemon miniupnpd "$r" miniupnpd -f "$S/router/miniupnpd.conf" -d -P "$S/router/miniupnpd.pid"
    start_daemon dnsmasq "$r" dnsmasq --keep-in-foreground --conf-file=/dev/null --no-resolv --no-poll --no-hosts \
        --addn-hosts="$S/router/dnsmasq.hosts" --listen-address="$LAB_GATEWAY" --bind-interfaces \
        --domain=fritz.box --local=/fritz.box/ --bogus-priv --user=root --group=root \
        --pid-file="$S/router/dnsmasq.pid" --log-facility=- --log-queries

    for id in "${AVAHI_DEVICES[@]}" "${BENCH_PUBLISHERS[@]}"; do
        start_avahi "$id" "avahi-$id"
    done
    # shellcheck disable=SC2086
    start_daemon wsdd "${PREFIX}nas" "$PY" /usr/sbin/wsdd $WSDD_ARGS -v
    start_daemon minidlna "${PREFIX}nas" minidlnad -f "$S/nas/minidlna/minidlna.conf" -P "$S/nas/minidlna/minidlna.pid" -S
    start_daemon onvif "${PREFIX}camera" "$PY" "$LAB_DIR/onvif_responder.py" "$S/camera/onvif.json" --ready "$S/camera/onvif.ready"

    trace "daemons started"
    wait_until_ready
    trace "all ready"
    "$PY" "$LAB_DIR/labgen.py" expected --spec "$SPEC" --state "$S" --prefix "$PREFIX"
    write_lab_env
    UP_DONE=1
    local t1=$EPOCHREALTIME
    note "up in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }') s: $(wc -l <"$S/namespaces") namespaces, $(wc -l <"$S/pids") processes, prefix $PREFIX"
}

cmd_down() {
    state_dir "${1:-}"
    if [ ! -s "$S/namespaces" ] && [ ! -s "$S/pids" ]; then
        note "no lab recorded in $S; nothing to tear down"
        return 0
    fi
    [ "$(id -u)" -eq 0 ] || die "tearing the lab down needs root"
    teardown
}

cmd_status() {
    if [ -z "${1:-}" ]; then
        echo "lab namespaces on this machine:"
        ip netns list 2>/dev/null | awk '$1 ~ /^vd[0-9]+-/ { print "  " $1 }'
        return 0
    fi
    state_dir "$1"
    if [ ! -s "$S/namespaces" ]; then
        echo "lab in $S: down"
        return 0
    fi
    echo "lab in $S: $(grep -o "LAB_PREFIX='[^']*'" "$S/lab.env" 2>/dev/null || echo 'coming up')"
    local ns pid started label
    while read -r ns; do
        if [ -e "/run/netns/$ns" ]; then
            echo "  namespace $ns: $(ip -n "$ns" -4 -br addr show dev eth0 2>/dev/null | awk '{ print $3 }') $(ip -n "$ns" -br link show dev eth0 2>/dev/null | awk '{ print $3 }')"
        else
            echo "  namespace $ns: missing"
        fi
    done <"$S/namespaces"
    while read -r pid started ns label; do
        if is_our_process "$pid" "$started"; then
            echo "  $label (pid $pid in $ns): running"
        else
            echo "  $label (pid $pid in $ns): NOT running"
        fi
    done <"$S/pids"
}

cmd_client_avahi() {
    state_dir "${1:-}"
    [ -s "$S/lab.env" ] || die "no lab is up in $S"
    # shellcheck source=/dev/null
    . "$S/lab.env"
    CLIENT_NS=$LAB_CLIENT_NS
    if label_alive avahi-client; then
        return 0
    fi
    start_daemon dbus-client "$CLIENT_NS" dbus-daemon --config-file="$S/client/dbus.conf" --nofork --nopidfile --nosyslog
    local ok=0
    for _ in $(seq 1 100); do
        if "$NSEXEC" "$CLIENT_NS" env DBUS_SYSTEM_BUS_ADDRESS="$DBUS_ADDRESS" \
            dbus-send --system --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.GetId >/dev/null 2>&1; then
            ok=1
            break
        fi
        sleep 0.1
    done
    [ "$ok" -eq 1 ] || { tail_log dbus-client; die "the client's private D-Bus did not start"; }
    local dir=$S/client/avahi
    # shellcheck disable=SC2016 # $1 is expanded by the inner shell
    start_daemon avahi-client "$CLIENT_NS" env DBUS_SYSTEM_BUS_ADDRESS="$DBUS_ADDRESS" unshare -m /bin/sh -c '
        mount --bind "$1/services" /etc/avahi/services &&
        mount --bind "$1/hosts" /etc/avahi/hosts &&
        mount --bind "$1/run" /run &&
        exec avahi-daemon -f "$1/avahi-daemon.conf" --no-drop-root --no-chroot' avahi "$dir"
    for _ in $(seq 1 100); do
        grep -q 'Server startup complete' "$S/logs/avahi-client.log" 2>/dev/null && return 0
        label_alive avahi-client || break
        sleep 0.1
    done
    tail_log avahi-client
    die "the client's avahi-daemon did not start"
}

cmd_stop_capture() { # stop the lab's tcpdump (started by LAB_CAPTURE_PCAP=FILE lab.sh up) so its file is complete
    state_dir "${1:-}"
    local pid started ns label
    read -r pid started ns label < <(awk '$4 == "tcpdump"' "$S/pids" 2>/dev/null) || die "no capture is running in $S"
    if is_our_process "$pid" "$started"; then
        kill -INT "$pid"
        for _ in $(seq 1 50); do is_our_process "$pid" "$started" || return 0; sleep 0.1; done
        die "tcpdump (pid $pid) did not stop"
    fi
}

main() {
    [ $# -ge 1 ] || usage
    local cmd=$1
    shift
    case $cmd in
        up) cmd_up "$@" ;;
        down) cmd_down "$@" ;;
        status) cmd_status "$@" ;;
        client-avahi) cmd_client_avahi "$@" ;;
        stop-capture) cmd_stop_capture "$@" ;;
        *) usage ;;
    esac
}

main "$@"
