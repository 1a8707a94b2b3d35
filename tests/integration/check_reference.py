#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""check_reference.py STATE_DIR: did the reference tools see the whole lab?

Compares STATE_DIR/expected.json (written by lab.sh up) with what reference-scan.sh saved in
STATE_DIR/reference/: every DNS-SD service (type, instance, host, address, port, TXT, subtypes),
every UPnP device (SSDP USNs and LOCATION, description fields), the IGD's external address and
port mappings, every WS-Discovery endpoint (types, scopes, XAddrs), the ONVIF device
information, every MAC address with its vendor in oui.txt, and every PTR name. This proves the
lab itself is right, independently of Voordeur's scanner. Exit status 1 on any difference.
Python standard library only.
"""

import collections
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

OUI_FILE = "/usr/share/ieee-data/oui.txt"
UPNP_DEVICE_NS = "urn:schemas-upnp-org:device-1-0"
IGD_LEASE_MAX = 604800


class Checker:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def expect(self, condition, what, detail=""):
        if condition:
            self.passed += 1
        else:
            self.failures.append(f"{what}{': ' + detail if detail else ''}")
        return condition


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def unescape_avahi(text):
    """avahi-browse -p writes bytes outside printable ASCII, and ';' '\\' '.', as \\DDD (decimal)."""
    raw = bytearray()
    i = 0
    data = text.encode("utf-8")
    while i < len(data):
        if data[i] == 0x5C and data[i + 1:i + 4].isdigit() and len(data[i + 1:i + 4]) == 3:
            raw.append(int(data[i + 1:i + 4]))
            i += 4
        elif data[i] == 0x5C and i + 1 < len(data):
            raw.append(data[i + 1])
            i += 2
        else:
            raw.append(data[i])
            i += 1
    return raw.decode("utf-8")


def parse_txt(field):
    """The TXT field of avahi-browse -p: "a=b" "c" ... (avahi lists them in reverse order)."""
    return [unescape_avahi(m) for m in re.findall(r'"((?:[^"\\]|\\.)*)"', field)]


def parse_avahi_browse(path):
    services = {}
    for line in read(path).splitlines():
        fields = line.split(";")
        if len(fields) < 10 or fields[0] != "=" or fields[2] != "IPv4":
            continue
        key = (unescape_avahi(fields[3]), fields[4])
        services[key] = {"host": fields[6], "address": fields[7], "port": int(fields[8]),
                         "txt": parse_txt(";".join(fields[9:]))}
    return services


def parse_gssdp(path):
    resources = []
    usn = None
    for line in read(path).splitlines():
        line = line.strip()
        if line.startswith("USN:"):
            usn = line.split(None, 1)[1]
        elif line.startswith("Location:") and usn:
            resources.append((usn, line.split(None, 1)[1]))
            usn = None
    return resources


def parse_upnpc(path):
    text = read(path)
    external = re.search(r"^ExternalIPAddress = (\S+)", text, re.M)
    mappings = []
    for m in re.finditer(r"^\s*\d+\s+(TCP|UDP)\s+(\d+)->([\d.]+):(\d+)\s+'([^']*)'\s+'([^']*)'\s+(\d+)", text, re.M):
        mappings.append({"protocol": m.group(1), "external_port": int(m.group(2)), "internal_client": m.group(3),
                         "internal_port": int(m.group(4)), "description": m.group(5), "lease": int(m.group(7))})
    return (external.group(1) if external else None), mappings


def load_descriptions(directory):
    by_location = {}
    index = os.path.join(directory, "index.tsv")
    if not os.path.exists(index):
        return by_location
    for line in read(index).splitlines():
        n, url = line.split("\t")
        try:
            by_location[url] = ET.parse(os.path.join(directory, f"{n}.xml")).getroot()
        except (ET.ParseError, FileNotFoundError):
            by_location[url] = None
    return by_location


def oui_table():
    table = {}
    pattern = re.compile(r"^([0-9A-F]{2})-([0-9A-F]{2})-([0-9A-F]{2})\s+\(hex\)\s+(.*?)\s*$")
    with open(OUI_FILE, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = pattern.match(line.rstrip("\r\n"))
            if m:
                table[(m.group(1) + m.group(2) + m.group(3)).lower()] = m.group(4)
    return table


def check_mdns(c, expected, ref):
    browsed = parse_avahi_browse(os.path.join(ref, "avahi-browse.txt"))
    subtype_hits = collections.defaultdict(set)  # subtype -> instance names found by browsing it
    for name in sorted(os.listdir(ref)):
        if name.startswith("avahi-browse=") and name.endswith(".txt"):
            subtype = name[len("avahi-browse="):-len(".txt")]
            for line in read(os.path.join(ref, name)).splitlines():
                fields = line.split(";")
                if len(fields) >= 6 and fields[0] == "=":
                    subtype_hits[subtype].add(unescape_avahi(fields[3]))
    expected_keys = set()
    for dev in expected["devices"]:
        for svc in dev["mdns"]:
            key = (svc["instance"], svc["type"])
            expected_keys.add(key)
            what = f"mDNS {svc['type']} '{svc['instance']}' on {dev['id']}"
            got = browsed.get(key)
            if not c.expect(got is not None, what, "not resolved by avahi-browse"):
                continue
            c.expect(got["host"] == svc["host"], what + " host", f"{got['host']} != {svc['host']}")
            # avahi publishes the link-local AAAA over IPv4 mDNS too, and avahi-browse resolves to
            # whichever address record it gets first.
            addresses = {svc["ipv4"], dev["ipv6_link_local"]}
            c.expect(got["address"] in addresses, what + " address", f"{got['address']} not in {sorted(addresses)}")
            c.expect(got["port"] == svc["port"], what + " port", f"{got['port']} != {svc['port']}")
            c.expect(collections.Counter(got["txt"]) == collections.Counter(svc["txt"]), what + " TXT",
                     f"got {sorted(got['txt'])}, expected {sorted(svc['txt'])}")
            for subtype in svc["subtypes"]:
                c.expect(svc["instance"] in subtype_hits.get(subtype, set()), f"{what} subtype {subtype}",
                         "not found by browsing it")
    for key in sorted(set(browsed) - expected_keys):
        print(f"note: avahi-browse also saw {key[1]} '{key[0]}' (not in expected.json)")


def check_upnp(c, expected, ref):
    resources = parse_gssdp(os.path.join(ref, "gssdp-discover.txt"))
    descriptions = load_descriptions(os.path.join(ref, "descriptions"))
    ns = {"d": UPNP_DEVICE_NS}
    for dev in expected["devices"]:
        for upnp in dev["upnp"]:
            what = f"UPnP {upnp['server']} on {dev['id']}"
            at_location = [usn for usn, loc in resources if loc == upnp["location"]]
            if not c.expect(at_location, what, f"no SSDP response with LOCATION {upnp['location']}"):
                continue
            c.expect(f"{upnp['UDN']}::upnp:rootdevice" in at_location, what + " rootdevice USN")
            c.expect(f"{upnp['UDN']}::{upnp['deviceType']}" in at_location, what + " deviceType USN")
            announced = {usn.split("::", 1)[1] for usn in at_location if "::" in usn}
            for service_type in upnp["serviceTypes"]:
                c.expect(service_type in announced, f"{what} SSDP {service_type}")
            for device_type in upnp["embeddedDeviceTypes"]:
                c.expect(device_type in announced, f"{what} SSDP {device_type}")
            root = descriptions.get(upnp["location"])
            if not c.expect(root is not None, what + " description", "not fetched or not XML"):
                continue
            device = root.find("d:device", ns)
            for field in ("deviceType", "friendlyName", "manufacturer", "modelName", "modelNumber",
                          "serialNumber", "UDN"):
                got = (device.findtext(f"d:{field}", default="", namespaces=ns) or "").strip()
                c.expect(got == upnp[field], f"{what} {field}", f"'{got}' != '{upnp[field]}'")
            all_devices = {(e.text or "").strip() for e in root.iter(f"{{{UPNP_DEVICE_NS}}}deviceType")}
            all_services = {(e.text or "").strip() for e in root.iter(f"{{{UPNP_DEVICE_NS}}}serviceType")}
            for device_type in upnp["embeddedDeviceTypes"]:
                c.expect(device_type in all_devices, f"{what} description embeds {device_type}")
            for service_type in upnp["serviceTypes"]:
                c.expect(service_type in all_services, f"{what} description lists {service_type}")


def check_igd(c, expected, ref):
    external, mappings = parse_upnpc(os.path.join(ref, "upnpc.txt"))
    for dev in expected["devices"]:
        igd = dev["igd"]
        if not igd:
            continue
        c.expect(external == igd["external_ipv4"], "IGD external address", f"{external} != {igd['external_ipv4']}")
        for m in igd["mappings"]:
            what = f"IGD mapping {m['protocol']} {m['external_port']} -> {m['internal_client']}:{m['internal_port']}"
            got = [g for g in mappings if (g["protocol"], g["external_port"], g["internal_client"], g["internal_port"]) ==
                   (m["protocol"], m["external_port"], m["internal_client"], m["internal_port"])]
            if c.expect(got, what, "not listed by upnpc -l"):
                c.expect(got[0]["description"] == m["description"], what + " description",
                         f"'{got[0]['description']}' != '{m['description']}'")
                c.expect(m["lease_seconds"] - 300 < got[0]["lease"] <= m["lease_seconds"], what + " lease",
                         f"{got[0]['lease']} s, expected about {m['lease_seconds']} s (IGD:2 maximum for lease 0)")
        extra = len(mappings) - len(igd["mappings"])
        c.expect(extra == 0, "IGD has exactly the lab's mappings", f"{len(mappings)} listed")


def check_wsd(c, expected, ref):
    result = json.loads(read(os.path.join(ref, "wsd-probe.json")))
    for dev in expected["devices"]:
        for wsd in dev["wsd"]:
            what = f"WS-Discovery {wsd['server']} on {dev['id']}"
            got = [m for m in result["matches"] if m["from"] == dev["ipv4"] and m["endpoint"] == wsd["endpoint"]]
            if not c.expect(got, what, "no ProbeMatches"):
                continue
            probes = {m["probe"] for m in got}
            c.expect(("any" in probes) == wsd["answers_untyped_probe"], what + " answers a Probe without Types",
                     f"probes answered: {sorted(probes)}")
            m = got[0]
            types = {(t["namespace"], t["local"]) for t in m["types"]}
            c.expect(types == {(t["namespace"], t["local"]) for t in wsd["types"]}, what + " types", str(sorted(types)))
            c.expect(sorted(m["scopes"]) == sorted(wsd["scopes"]), what + " scopes", str(m["scopes"]))
            c.expect(m["xaddrs"] == wsd["xaddrs"], what + " XAddrs", str(m["xaddrs"]))
            c.expect((m["xaddrs_from"] == "ProbeMatches") == wsd["xaddrs_in_probe_match"],
                     what + " XAddrs source", str(m["xaddrs_from"]))
            info = wsd.get("device_information")
            if info:
                path = os.path.join(ref, "onvif-device-information.xml")
                text = read(path) if os.path.exists(path) else ""
                for key, value in info.items():
                    c.expect(f"<tds:{key}>{value}</tds:{key}>" in text, f"{what} GetDeviceInformation {key}")


def check_neighbours(c, expected, ref):
    table = oui_table()
    neighbours = json.loads(read(os.path.join(ref, "arp-sweep.json")))["neighbours"]
    for dev in expected["devices"]:
        what = f"ARP {dev['id']} {dev['ipv4']}"
        got = neighbours.get(dev["ipv4"])
        if c.expect(got == dev["mac"], what, f"{got} != {dev['mac']}"):
            vendor = table.get(got.replace(":", "")[:6])
            c.expect(vendor == dev["mac_vendor"], what + " vendor", f"oui.txt says '{vendor}', expected '{dev['mac_vendor']}'")
    known = {d["ipv4"] for d in expected["devices"]}
    for ip in sorted(set(neighbours) - known):
        c.expect(False, f"ARP answer from {ip}", "an address that expected.json does not list")


def check_reverse_dns(c, expected, ref):
    names = json.loads(read(os.path.join(ref, "reverse-dns.json")))
    for dev in expected["devices"]:
        want = dev["hostnames"].get("dns_ptr")
        if want:
            got = names.get(dev["ipv4"])
            c.expect((got or "").lower() == want.lower(), f"PTR {dev['ipv4']}", f"{got} != {want}")


def main():
    if len(sys.argv) != 2:
        print("usage: check_reference.py STATE_DIR", file=sys.stderr)
        return 2
    state = sys.argv[1]
    expected = json.loads(read(os.path.join(state, "expected.json")))
    ref = os.path.join(state, "reference")
    c = Checker()
    for check in (check_mdns, check_upnp, check_igd, check_wsd, check_neighbours, check_reverse_dns):
        try:
            check(c, expected, ref)
        except (OSError, ValueError, KeyError) as error:
            c.expect(False, check.__name__, f"{type(error).__name__}: {error}")
    for failure in c.failures:
        print(f"FAIL {failure}")
    total = c.passed + len(c.failures)
    print(f"check_reference: {c.passed}/{total} checks passed"
          f" ({sum(len(d['mdns']) for d in expected['devices'])} mDNS services,"
          f" {sum(len(d['upnp']) for d in expected['devices'])} UPnP devices,"
          f" {sum(len(d['wsd']) for d in expected['devices'])} WS-Discovery endpoints,"
          f" {len(expected['devices'])} devices)")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
