#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""Reference ARP sweep for the lab (python3 standard library only).

Sends one ARP request for every address of the subnet on INTERFACE and prints the replies as
JSON {ip: mac}. Finds silent devices that answer nothing but ARP. Run it only inside the lab's
client namespace (reference-scan.sh does that through nsexec.sh).
"""

import argparse
import fcntl
import ipaddress
import json
import socket
import struct
import time

ETH_P_ARP = 0x0806
SIOCGIFHWADDR = 0x8927


def mac_of(interface):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        info = fcntl.ioctl(sock.fileno(), SIOCGIFHWADDR, struct.pack("256s", interface.encode()[:15]))
    finally:
        sock.close()
    return info[18:24]


def arp_request(own_mac, own_ip, target_ip):
    ethernet = b"\xff" * 6 + own_mac + struct.pack("!H", ETH_P_ARP)
    arp = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, own_mac, own_ip, b"\x00" * 6, target_ip)
    return ethernet + arp


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interface", default="eth0")
    parser.add_argument("--source-ip", required=True)
    parser.add_argument("--subnet", required=True)
    parser.add_argument("--timeout", type=float, default=1.0)
    args = parser.parse_args()

    own_mac = mac_of(args.interface)
    own_ip = socket.inet_aton(args.source_ip)
    sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ARP))
    sock.bind((args.interface, ETH_P_ARP))
    started = time.monotonic()
    for host in ipaddress.ip_network(args.subnet).hosts():
        if str(host) != args.source_ip:
            sock.send(arp_request(own_mac, own_ip, host.packed))

    found = {}
    deadline = time.monotonic() + args.timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        sock.settimeout(remaining)
        try:
            frame = sock.recv(2048)
        except socket.timeout:
            break
        if len(frame) < 42:
            continue
        _, _, _, _, op, sender_mac, sender_ip, _, target_ip = struct.unpack("!HHBBH6s4s6s4s", frame[14:42])
        if op == 2 and target_ip == own_ip:
            found[socket.inet_ntoa(sender_ip)] = ":".join(f"{b:02x}" for b in sender_mac)
    print(json.dumps({"elapsed_s": round(time.monotonic() - started, 3),
                      "neighbours": dict(sorted(found.items(), key=lambda kv: ipaddress.ip_address(kv[0])))},
                     indent=2))


if __name__ == "__main__":
    main()
