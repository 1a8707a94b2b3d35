#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""Writes the UDP payloads of chosen packets of ../capture.pcap to ../*.bin (see ../README.md).

Usage: extract.py [--list]   (--list prints every packet with its number instead)
Reads the classic pcap format written by tcpdump on an Ethernet (veth) interface; standard library only.
"""
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

# Packet number in capture.pcap (1-based, as `tcpdump -r capture.pcap | nl` numbers them) -> file name.
PICKS = {
    2: "probe-host-ipv4.bin",
    10: "probe-services-ipv4.bin",
    15: "announcement-ipv4.bin",
    16: "announcement-ipv6.bin",
    25: "query-services-qm.bin",
    26: "response-services.bin",
    27: "query-ipp-qu.bin",
    28: "response-ipp.bin",
    29: "query-http-legacy.bin",
    30: "response-http-legacy-unicast.bin",
    31: "query-known-answer.bin",
    32: "response-ssh.bin",
    33: "query-host-addresses.bin",
    34: "response-host-addresses.bin",
    35: "query-speaker-any-qu.bin",
    36: "response-speaker-any.bin",
    38: "goodbye-ipv4.bin",
}


def frames(path):
    with open(path, "rb") as f:
        header = f.read(24)
        magic = struct.unpack("<I", header[:4])[0]
        endian = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
        linktype = struct.unpack(endian + "I", header[20:24])[0]
        if linktype != 1:
            sys.exit(f"expected Ethernet frames, got link type {linktype}")
        while record := f.read(16):
            _, _, caplen, origlen = struct.unpack(endian + "IIII", record)
            frame = f.read(caplen)
            if caplen != origlen:
                sys.exit("a packet was cut short by the snapshot length")
            yield frame


def udp_payload(frame):
    ethertype = struct.unpack("!H", frame[12:14])[0]
    ip = frame[14:]
    if ethertype == 0x0800:
        header_length = (ip[0] & 0x0F) * 4
        total = struct.unpack("!H", ip[2:4])[0]
        source, destination = ip[12:16], ip[16:20]
        udp = ip[header_length:total]
        family = "IPv4"
    elif ethertype == 0x86DD:
        if ip[6] != 17:
            return None
        udp = ip[40 : 40 + struct.unpack("!H", ip[4:6])[0]]
        source, destination = ip[8:24], ip[24:40]
        family = "IPv6"
    else:
        return None
    length = struct.unpack("!H", udp[4:6])[0]
    return family, source.hex(), destination.hex(), udp[8:length]


def main():
    packets = [udp_payload(frame) for frame in frames(os.path.join(DATA, "capture.pcap"))]
    if "--list" in sys.argv:
        for number, (family, source, destination, payload) in enumerate(packets, 1):
            print(number, family, source, destination, len(payload))
        return
    for number, name in PICKS.items():
        payload = packets[number - 1][3]
        with open(os.path.join(DATA, name), "wb") as f:
            f.write(payload)
        print(f"{name}: packet {number}, {len(payload)} bytes")


if __name__ == "__main__":
    main()
