#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""One-shot mDNS queries for the lab (python3 standard library only).

Sends each NAME/TYPE question to 224.0.0.251:5353 and prints a JSON summary of the answers.
By default from an ephemeral port: a "legacy unicast" query (RFC 6762 section 6.7), answered
directly to the sender (avahi then sends PTR, SRV and addresses but no TXT). With --multicast
from port 5353 as a full mDNS querier: responders answer by multicast, the PTR answer with its
SRV, TXT and A records as additional records. --save-dir keeps each responder's raw reply per
question as SENDER-NAME.bin (multicast: -mcast.bin).
Run it only inside the lab's client namespace (capture.sh does that through nsexec.sh).
"""

import argparse
import json
import os
import random
import socket
import struct
import time

OWN_MULTICAST_ID = 0x5644
TYPES = {"A": 1, "PTR": 12, "TXT": 16, "SRV": 33, "ANY": 255}
NAMES = {v: k for k, v in TYPES.items()}
NAMES[28] = "AAAA"
NAMES[47] = "NSEC"


def encode_name(name):
    out = b""
    for label in name.rstrip(".").split("."):
        raw = label.encode("utf-8")
        out += bytes([len(raw)]) + raw
    return out + b"\x00"


def decode_name(msg, offset):
    labels, end = [], None
    for _ in range(128):
        length = msg[offset]
        if length & 0xC0 == 0xC0:
            end = end or offset + 2
            offset = ((length & 0x3F) << 8) | msg[offset + 1]
            continue
        if length == 0:
            return ".".join(labels), end or offset + 1
        labels.append(msg[offset + 1:offset + 1 + length].decode("utf-8", "replace"))
        offset += 1 + length
    raise ValueError("name loop")


def records(msg):
    _, _, qd, an, ns, ar = struct.unpack("!HHHHHH", msg[:12])
    offset = 12
    for _ in range(qd):
        _, offset = decode_name(msg, offset)
        offset += 4
    out = []
    for section, count in (("answer", an), ("authority", ns), ("additional", ar)):
        for _ in range(count):
            name, offset = decode_name(msg, offset)
            rtype, _, _, rdlen = struct.unpack("!HHIH", msg[offset:offset + 10])
            out.append({"section": section, "name": name, "type": NAMES.get(rtype, str(rtype))})
            offset += 10 + rdlen
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source-ip", required=True)
    parser.add_argument("--timeout", type=float, default=1.0)
    parser.add_argument("--save-dir")
    parser.add_argument("--multicast", action="store_true", help="query from port 5353, collect multicast answers")
    parser.add_argument("questions", nargs="+", help="NAME/TYPE, e.g. _ipp._tcp.local/PTR")
    args = parser.parse_args()

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    if args.multicast:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("", 5353))
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP,
                        socket.inet_aton("224.0.0.251") + socket.inet_aton(args.source_ip))
    else:
        sock.bind((args.source_ip, 0))
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(args.source_ip))
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 255)
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)
    pending = {}
    for question in args.questions:
        name, _, qtype = question.partition("/")
        # Multicast answers carry ID 0 whatever the query's; a fixed ID marks this tool's queries
        # in captures (extract_captures.py tells them from avahi-browse's by it).
        query_id = OWN_MULTICAST_ID if args.multicast else random.randrange(1, 0xFFFF)
        pending.setdefault(0 if args.multicast else query_id, []).append(name)
        message = struct.pack("!HHHHHH", query_id, 0, 1, 0, 0, 0) + encode_name(name) + struct.pack(
            "!HH", TYPES[qtype or "PTR"], 1)
        sock.sendto(message, ("224.0.0.251", 5353))

    answers = []
    deadline = time.monotonic() + args.timeout
    while (remaining := deadline - time.monotonic()) > 0:
        sock.settimeout(remaining)
        try:
            data, sender = sock.recvfrom(9000)
        except socket.timeout:
            break
        query_id, flags = struct.unpack("!HH", data[:4])
        if query_id not in pending or not flags & 0x8000:
            continue
        try:
            found = records(data)
        except (ValueError, IndexError, struct.error):
            continue
        answered = {r["name"] for r in found if r["section"] == "answer"}
        for name in pending[query_id]:
            if name not in answered:
                continue
            answers.append({"from": sender[0], "question": name, "records": found})
            suffix = "-mcast" if args.multicast else ""
            path = os.path.join(args.save_dir or "", f"{sender[0]}-{name}{suffix}.bin")
            if args.save_dir and not os.path.exists(path):
                os.makedirs(args.save_dir, exist_ok=True)
                with open(path, "wb") as f:
                    f.write(data)
    print(json.dumps({"answers": answers}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
