#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""Sends a fixed series of mDNS queries from the lab's client namespace (see ../README.md).

Refuses to run in the machine's own network namespace: every packet must stay inside the lab.
"""
import os
import socket
import struct
import sys
import time

GROUP = "224.0.0.251"
PORT = 5353
CLIENT = "192.168.77.20"

TYPE_A, TYPE_PTR, TYPE_AAAA, TYPE_ANY = 1, 12, 28, 255
QU = 0x8000


def encode_name(name):
    out = b""
    for label in name:
        raw = label.encode("utf-8")
        out += bytes([len(raw)]) + raw
    return out + b"\x00"


def query(qid, questions, known_answers=()):
    packet = struct.pack("!HHHHHH", qid, 0, len(questions), len(known_answers), 0, 0)
    for name, qtype, qclass in questions:
        packet += encode_name(name) + struct.pack("!HH", qtype, qclass)
    for name, rtype, ttl, rdata in known_answers:
        packet += encode_name(name) + struct.pack("!HHIH", rtype, 1, ttl, len(rdata)) + rdata
    return packet


def mdns_socket():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("", PORT))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP,
                 socket.inet_aton(GROUP) + socket.inet_aton(CLIENT))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(CLIENT))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 255)
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)
    return s


def legacy_socket():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    s.bind((CLIENT, 0))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(CLIENT))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 255)
    return s


def drain(s, seconds):
    s.settimeout(0.1)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            data, source = s.recvfrom(9000)
            print(f"  received {len(data)} bytes from {source}")
        except socket.timeout:
            pass


def root_namespace():
    # /proc/1/ns may be unreadable (a sandboxed init); kthreadd (PID 2) always lives in the initial namespace.
    for pid in (1, 2):
        try:
            return os.readlink(f"/proc/{pid}/ns/net")
        except OSError:
            pass
    return None


def refuse_outside_lab():
    interfaces = {name for _, name in socket.if_nameindex()}
    root = root_namespace()
    if root is None or os.readlink("/proc/self/ns/net") == root or not interfaces <= {"lo", "vd-b"}:
        sys.exit("refusing to send: this is not the lab's client namespace")


def main():
    refuse_outside_lab()
    services = ["_services", "_dns-sd", "_udp", "local"]
    ipp = ["_ipp", "_tcp", "local"]
    http = ["_http", "_tcp", "local"]
    ssh = ["_ssh", "_tcp", "local"]
    host = ["voordeur-lab", "local"]
    printer = ["Printer — Woonkamer ☕"] + ipp
    speaker = ["Living.Room Speaker"] + http

    m = mdns_socket()
    legacy = legacy_socket()
    steps = [
        ("1 QM PTR _services._dns-sd._udp.local", m, query(0, [(services, TYPE_PTR, 1)])),
        ("2 QU PTR _ipp._tcp.local", m, query(0, [(ipp, TYPE_PTR, 1 | QU)])),
        ("3 legacy unicast PTR _http._tcp.local", legacy, query(0x4A7E, [(http, TYPE_PTR, 1)])),
        ("4 QM PTR _ipp._tcp + _ssh._tcp with a known answer", m,
         query(0, [(ipp, TYPE_PTR, 1), (ssh, TYPE_PTR, 1)], [(ipp, TYPE_PTR, 4500, encode_name(printer))])),
        ("5 QM A + AAAA voordeur-lab.local", m, query(0, [(host, TYPE_A, 1), (host, TYPE_AAAA, 1)])),
        ("6 QU ANY Living.Room Speaker._http._tcp.local", m, query(0, [(speaker, TYPE_ANY, 1 | QU)])),
    ]
    for title, sock, packet in steps:
        print(title)
        sock.sendto(packet, (GROUP, PORT))
        drain(m, 0.75)
        drain(legacy, 0.75)


if __name__ == "__main__":
    main()
