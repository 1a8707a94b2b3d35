#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""extract_captures.py STATE_DIR DATA_DIR: turn a lab capture into parser fixtures.

Reads STATE_DIR/capture.pcap (tcpdump in the client namespace, started before any responder)
and STATE_DIR/reference/ (reference-scan.sh output) and writes, one payload per file:
  DATA_DIR/mdns/lab-*.bin   mDNS UDP payloads (responses with PTR+SRV+TXT+A, the services
                            enumeration answer, avahi-browse's query)
  DATA_DIR/ssdp/lab-*.txt   SSDP payloads (M-SEARCH responses, NOTIFY alive and byebye, an M-SEARCH)
  DATA_DIR/upnp/lab-*.xml   device descriptions fetched with curl
  DATA_DIR/wsd/lab-*.xml    WS-Discovery ProbeMatches, ResolveMatches and Hello
Python standard library only. Fails when a wanted payload is missing from the capture.
"""

import json
import os
import shutil
import struct
import sys

ETHERTYPE_IPV4 = 0x0800
DNS_TYPES = {1: "A", 12: "PTR", 16: "TXT", 28: "AAAA", 33: "SRV", 47: "NSEC"}
SERVICES_ENUMERATION = "_services._dns-sd._udp.local"
MDNS_QUERY_TOOL_ID = struct.pack("!H", 0x5644)  # mdns_query.py --multicast marks its queries so


def udp_packets(path):
    """Yields (src_ip, src_port, dst_ip, dst_port, payload) for every IPv4 UDP packet."""
    with open(path, "rb") as f:
        header = f.read(24)
        magic = struct.unpack("<I", header[:4])[0]
        if magic in (0xA1B2C3D4, 0xA1B23C4D):
            endian = "<"
        elif magic in (0xD4C3B2A1, 0x4D3CB2A1):
            endian = ">"
        else:
            raise SystemExit(f"{path} is not a pcap file")
        linktype = struct.unpack(endian + "I", header[20:24])[0]
        if linktype != 1:
            raise SystemExit(f"{path}: link type {linktype}, expected Ethernet")
        while True:
            record = f.read(16)
            if len(record) < 16:
                return
            _, _, incl_len, _ = struct.unpack(endian + "IIII", record)
            frame = f.read(incl_len)
            if len(frame) < 14 + 20 + 8 or struct.unpack("!H", frame[12:14])[0] != ETHERTYPE_IPV4:
                continue
            ip = frame[14:]
            ihl = (ip[0] & 0x0F) * 4
            if ip[9] != 17:
                continue
            src, dst = ".".join(map(str, ip[12:16])), ".".join(map(str, ip[16:20]))
            total = struct.unpack("!H", ip[2:4])[0]
            udp = ip[ihl:total]
            sport, dport, length = struct.unpack("!HHH", udp[:6])
            yield src, sport, dst, dport, bytes(udp[8:length])


def dns_name(msg, offset):
    labels, jumped, end = [], False, None
    for _ in range(128):
        length = msg[offset]
        if length & 0xC0 == 0xC0:
            if not jumped:
                end = offset + 2
            offset = ((length & 0x3F) << 8) | msg[offset + 1]
            jumped = True
            continue
        if length == 0:
            return ".".join(labels), (end if jumped else offset + 1)
        labels.append(msg[offset + 1:offset + 1 + length].decode("utf-8", "replace"))
        offset += 1 + length
    raise ValueError("DNS name loop")


def dns_summary(msg):
    """(is_response, [(section, owner, type)]) of a DNS message."""
    _, flags, qd, an, ns, ar = struct.unpack("!HHHHHH", msg[:12])
    offset = 12
    records = []
    for _ in range(qd):
        name, offset = dns_name(msg, offset)
        qtype = struct.unpack("!H", msg[offset:offset + 2])[0]
        records.append(("question", name, DNS_TYPES.get(qtype, str(qtype))))
        offset += 4
    for section, count in (("answer", an), ("authority", ns), ("additional", ar)):
        for _ in range(count):
            name, offset = dns_name(msg, offset)
            rtype, _, _, rdlen = struct.unpack("!HHIH", msg[offset:offset + 10])
            records.append((section, name, DNS_TYPES.get(rtype, str(rtype))))
            offset += 10 + rdlen
    return bool(flags & 0x8000), records


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    print(f"  {path} ({len(data)} bytes)")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    state, data_dir = sys.argv[1], sys.argv[2]
    expected = json.load(open(os.path.join(state, "expected.json"), encoding="utf-8"))
    env = dict(line.split("=", 1) for line in open(os.path.join(state, "lab.env"), encoding="utf-8")
               if "=" in line and not line.startswith("#"))
    client_ip = env["LAB_CLIENT_IP"].strip().strip("'")
    ip_of = {d["id"]: d["ipv4"] for d in expected["devices"]}
    packets = list(udp_packets(os.path.join(state, "capture.pcap")))
    missing = []

    def pick(name, candidates):
        if candidates:
            write(os.path.join(data_dir, name), candidates[0])
        else:
            missing.append(name)

    # mDNS ------------------------------------------------------------------------------
    mdns = []
    for src, sport, dst, dport, payload in packets:
        if 5353 in (sport, dport):
            try:
                mdns.append((src, payload) + dns_summary(payload))
            except (ValueError, IndexError, struct.error):
                continue

    def full_responses(device, service_type):
        wanted = f".{service_type}.local"
        found = []
        for src, payload, is_response, records in mdns:
            types = {t for section, _, t in records if section != "question"}
            if (src == ip_of[device] and is_response and {"PTR", "SRV", "TXT", "A"} <= types
                    and any(t == "PTR" and owner == service_type + ".local" for _, owner, t in records)
                    and any(t == "SRV" and owner.endswith(wanted) for _, owner, t in records)):
                found.append(payload)
        return found

    def enumeration_answers(device):
        """Answers to "_services._dns-sd._udp.local PTR?": pure ones (nothing else in the message) first."""
        found = [(any(owner != SERVICES_ENUMERATION for _, owner, _ in records), payload)
                 for src, payload, is_response, records in mdns
                 if src == ip_of[device] and is_response
                 and any(s == "answer" and owner == SERVICES_ENUMERATION and t == "PTR" for s, owner, t in records)]
        return [payload for _, payload in sorted(found, key=lambda item: item[0])]

    pick("mdns/lab-printer-ipp-response.bin", full_responses("printer", "_ipp._tcp"))
    pick("mdns/lab-speaker-sonos-response.bin", full_responses("speaker", "_sonos._tcp"))
    pick("mdns/lab-nas-device-info-response.bin", full_responses("nas", "_device-info._tcp"))
    for device in ("printer", "speaker", "nas"):
        pick(f"mdns/lab-{device}-services-enumeration.bin", enumeration_answers(device))
    pick("mdns/lab-avahi-browse-query.bin",
         [payload for src, payload, is_response, records in mdns
          if src == client_ip and not is_response and payload[:2] != MDNS_QUERY_TOOL_ID
          and any(s == "question" and owner == SERVICES_ENUMERATION for s, owner, _ in records)])

    # SSDP ------------------------------------------------------------------------------
    ssdp = [(src, sport, dst, payload) for src, sport, dst, dport, payload in packets if 1900 in (sport, dport)]

    def headers(payload):
        lines = payload.decode("utf-8", "replace").split("\r\n")
        fields = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if sep:
                fields[name.strip().upper()] = value.strip()
        return lines[0], fields

    def ssdp_where(src, start_line, **wanted):
        """Payloads from SRC whose start line is START_LINE and whose headers start with the
        wanted values (header names in upper case; miniupnpd writes "NTS: x", minidlna "NTS:x")."""
        found = []
        for s, _, d, p in ssdp:
            first, fields = headers(p)
            if s == src and first == start_line and all(fields.get(k, "").startswith(v) for k, v in wanted.items()):
                found.append(p)
        return found

    router, nas = ip_of["router"], ip_of["nas"]
    igd, media_server = "urn:schemas-upnp-org:device:InternetGatewayDevice:", "urn:schemas-upnp-org:device:MediaServer:1"
    pick("ssdp/lab-miniupnpd-msearch-response.txt", ssdp_where(router, "HTTP/1.1 200 OK", ST=igd))
    pick("ssdp/lab-miniupnpd-msearch-response-rootdevice.txt",
         ssdp_where(router, "HTTP/1.1 200 OK", ST="upnp:rootdevice"))
    pick("ssdp/lab-minidlna-msearch-response.txt", ssdp_where(nas, "HTTP/1.1 200 OK", ST=media_server))
    pick("ssdp/lab-miniupnpd-notify-alive.txt", ssdp_where(router, "NOTIFY * HTTP/1.1", NTS="ssdp:alive", NT=igd))
    pick("ssdp/lab-minidlna-notify-alive.txt", ssdp_where(nas, "NOTIFY * HTTP/1.1", NTS="ssdp:alive", NT=media_server))
    pick("ssdp/lab-minidlna-notify-byebye.txt", ssdp_where(nas, "NOTIFY * HTTP/1.1", NTS="ssdp:byebye", NT=media_server))
    pick("ssdp/lab-gssdp-msearch.txt", ssdp_where(client_ip, "M-SEARCH * HTTP/1.1", ST="ssdp:all"))

    # UPnP descriptions (fetched with curl in the client namespace by reference-scan.sh) --------
    ref = os.path.join(state, "reference")
    index = dict(reversed(line.rstrip("\n").split("\t")) for line in
                 open(os.path.join(ref, "descriptions", "index.tsv"), encoding="utf-8"))
    for dev in expected["devices"]:
        for upnp in dev["upnp"]:
            n = index.get(upnp["location"])
            if n is None:
                missing.append(f"upnp/lab-{upnp['server']}-rootDesc.xml")
                continue
            target = os.path.join(data_dir, "upnp", f"lab-{upnp['server']}-rootDesc.xml")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(os.path.join(ref, "descriptions", f"{n}.xml"), target)
            print(f"  {target} ({os.path.getsize(target)} bytes)")

    # WS-Discovery ----------------------------------------------------------------------
    wsd_dir = os.path.join(ref, "wsd")
    for source, name in ((f"{nas}-wsdp.xml", "wsd/lab-wsdd-probematches.xml"),
                         (f"{nas}-resolve.xml", "wsd/lab-wsdd-resolvematches.xml"),
                         (f"{ip_of['camera']}-onvif.xml", "wsd/lab-onvif-probematches.xml")):
        path = os.path.join(wsd_dir, source)
        pick(name, [open(path, "rb").read()] if os.path.exists(path) else [])
    wsd = [(src, payload) for src, sport, dst, dport, payload in packets if dport == 3702 and dst == "239.255.255.250"]
    pick("wsd/lab-onvif-hello.xml", [p for s, p in wsd if s == ip_of["camera"] and b"/discovery/Hello<" in p])
    pick("wsd/lab-wsdd-hello.xml", [p for s, p in wsd if s == nas and b"/discovery/Hello<" in p])

    if missing:
        print("extract_captures: MISSING from the capture: " + ", ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
