#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""Reference WS-Discovery client for the lab (python3 standard library only).

Sends three multicast Probes from one socket - no Types, dn:NetworkVideoTransmitter (ONVIF
cameras) and wsdp:Device (wsdd, Windows) - and collects every unicast ProbeMatches until the
timeout. A ProbeMatch without XAddrs (wsdd, like Windows, sends none) is followed by a
multicast Resolve, whose ResolveMatches supplies them. Prints a JSON summary; --save-dir keeps
each responder's first raw reply per message kind.
Run it only inside the lab's client namespace (reference-scan.sh does that through nsexec.sh).
"""

import argparse
import json
import os
import socket
import time
import uuid
import xml.etree.ElementTree as ET
from io import BytesIO

GROUP, PORT = "239.255.255.250", 3702
NS_SOAP = "http://www.w3.org/2003/05/soap-envelope"
NS_WSA = "http://schemas.xmlsoap.org/ws/2004/08/addressing"
NS_WSD = "http://schemas.xmlsoap.org/ws/2005/04/discovery"

PROBES = {
    "any": ("", ""),
    "onvif": ("dn:NetworkVideoTransmitter", 'xmlns:dn="http://www.onvif.org/ver10/network/wsdl"'),
    "wsdp": ("wsdp:Device", 'xmlns:wsdp="http://schemas.xmlsoap.org/ws/2006/02/devprof"'),
}


def probe_message(message_id, types, namespace_decl):
    types_element = f"<d:Types>{types}</d:Types>" if types else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<soap:Envelope xmlns:soap="{NS_SOAP}" xmlns:wsa="{NS_WSA}" xmlns:d="{NS_WSD}" {namespace_decl}>'
        "<soap:Header>"
        f"<wsa:MessageID>{message_id}</wsa:MessageID>"
        "<wsa:To>urn:schemas-xmlsoap-org:ws:2005:04:discovery</wsa:To>"
        f"<wsa:Action>{NS_WSD}/Probe</wsa:Action>"
        "</soap:Header>"
        f"<soap:Body><d:Probe>{types_element}</d:Probe></soap:Body>"
        "</soap:Envelope>"
    ).encode("utf-8")


def resolve_message(message_id, endpoint):
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<soap:Envelope xmlns:soap="{NS_SOAP}" xmlns:wsa="{NS_WSA}" xmlns:d="{NS_WSD}">'
        "<soap:Header>"
        f"<wsa:MessageID>{message_id}</wsa:MessageID>"
        "<wsa:To>urn:schemas-xmlsoap-org:ws:2005:04:discovery</wsa:To>"
        f"<wsa:Action>{NS_WSD}/Resolve</wsa:Action>"
        "</soap:Header>"
        f"<soap:Body><d:Resolve><wsa:EndpointReference><wsa:Address>{endpoint}</wsa:Address>"
        "</wsa:EndpointReference></d:Resolve></soap:Body>"
        "</soap:Envelope>"
    ).encode("utf-8")


def parse_matches(data):
    namespaces = {}
    for _, (prefix, uri) in ET.iterparse(BytesIO(data), events=("start-ns",)):
        namespaces.setdefault(prefix, uri)
    root = ET.fromstring(data)
    relates_to = root.findtext(f"{{{NS_SOAP}}}Header/{{{NS_WSA}}}RelatesTo", default="").strip()
    matches = []
    found = list(root.iter(f"{{{NS_WSD}}}ProbeMatch")) + list(root.iter(f"{{{NS_WSD}}}ResolveMatch"))
    for match in found:
        types = []
        for qname in (match.findtext(f"{{{NS_WSD}}}Types") or "").split():
            prefix, _, local = qname.rpartition(":")
            types.append({"namespace": namespaces.get(prefix, ""), "local": local})
        matches.append({
            "endpoint": (match.findtext(f"{{{NS_WSA}}}EndpointReference/{{{NS_WSA}}}Address") or "").strip(),
            "types": types,
            "scopes": (match.findtext(f"{{{NS_WSD}}}Scopes") or "").split(),
            "xaddrs": (match.findtext(f"{{{NS_WSD}}}XAddrs") or "").split(),
            "metadata_version": (match.findtext(f"{{{NS_WSD}}}MetadataVersion") or "").strip(),
        })
    return relates_to, matches


def save(directory, name, data):
    if directory and not os.path.exists(os.path.join(directory, name)):
        os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, name), "wb") as f:
            f.write(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source-ip", required=True, help="the client's lab address (multicast interface)")
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--save-dir")
    args = parser.parse_args()

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    sock.bind((args.source_ip, 0))
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(args.source_ip))
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)

    started = time.monotonic()
    kind_of = {}
    messages = []
    for kind, (types, decl) in PROBES.items():
        message_id = f"urn:uuid:{uuid.uuid4()}"
        kind_of[message_id] = kind
        messages.append(probe_message(message_id, types, decl))
    # SOAP-over-UDP repeats multicast messages; two sends are plenty on the lab's bridge.
    for repeat in range(2):
        for message in messages:
            sock.sendto(message, (GROUP, PORT))
        if repeat == 0:
            time.sleep(0.05)

    seen = set()
    results = []
    resolving = {}  # Resolve MessageID -> the results entry waiting for its XAddrs
    deadline = started + args.timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        sock.settimeout(remaining)
        try:
            data, sender = sock.recvfrom(65535)
        except socket.timeout:
            break
        try:
            relates_to, matches = parse_matches(data)
        except ET.ParseError:
            continue
        if relates_to in resolving:
            waiting = resolving.pop(relates_to)
            for match in matches:
                if match["endpoint"] == waiting["endpoint"] and match["xaddrs"]:
                    waiting["xaddrs"] = match["xaddrs"]
                    waiting["xaddrs_from"] = "ResolveMatches"
            save(args.save_dir, f"{sender[0]}-resolve.xml", data)
            continue
        kind = kind_of.get(relates_to)
        if kind is None:
            continue
        for match in matches:
            key = (sender[0], kind, match["endpoint"])
            if key in seen:
                continue
            seen.add(key)
            match.update({"from": sender[0], "from_port": sender[1], "probe": kind,
                          "seconds": round(time.monotonic() - started, 3),
                          "xaddrs_from": "ProbeMatches" if match["xaddrs"] else None})
            results.append(match)
            save(args.save_dir, f"{sender[0]}-{kind}.xml", data)
            if not match["xaddrs"]:
                message_id = f"urn:uuid:{uuid.uuid4()}"
                resolving[message_id] = match
                sock.sendto(resolve_message(message_id, match["endpoint"]), (GROUP, PORT))
    print(json.dumps({"elapsed_s": round(time.monotonic() - started, 3), "matches": results}, indent=2))


if __name__ == "__main__":
    main()
