#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Checks `voordeur-cli scan --json` against the lab's expected.json.

Usage: check_scan.py EXPECTED_JSON SCAN_JSON [--services] [--ipv6]

Every lab device must be found with its MAC, MAC vendor, host names, every mDNS service (type,
instance, port and every TXT entry), every UPnP root device (location, type, names, model, UDN,
embedded devices and services), every WS-Discovery endpoint (types, scopes, and XAddrs where the
device puts them in its ProbeMatch), and the router's external address and port mappings, each
tied to its LAN device. Prints one line per failed check and a summary; exits 1 on any failure.
"""
import json
import sys


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def check(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failed.append(what)
        return condition


def txt_dict(entries):
    result = {}
    for entry in entries:
        key, sep, value = entry.partition("=")
        result.setdefault(key.lower(), value if sep else True)
    return result


def local_name(qname):
    return qname.split(":")[-1]


def main():
    expected = json.load(open(sys.argv[1], encoding="utf-8"))
    scan = json.load(open(sys.argv[2], encoding="utf-8"))
    c = Checker()
    c.check(scan.get("schema") == "voordeur.scan/1", "schema is voordeur.scan/1")
    c.check(not scan.get("cancelled"), "scan was not cancelled")
    if "--services" in sys.argv[3:]:
        c.check(scan.get("service_check_ports"), "the service check ran")
    else:
        c.check(scan.get("service_check_ports") is None, "the service check is off unless asked for")

    by_address = {}
    for device in scan["devices"]:
        for address in device["addresses"]:
            by_address[address] = device

    for want in expected["devices"]:
        name = want["id"]
        got = by_address.get(want["ipv4"])
        if not c.check(got is not None, f"{name}: a device with address {want['ipv4']}"):
            continue
        c.check(got["mac"] == want["mac"], f"{name}: MAC {want['mac']} (got {got['mac']})")
        c.check(got["mac_vendor"] == want["mac_vendor"],
                f"{name}: MAC vendor {want['mac_vendor']!r} (got {got['mac_vendor']!r})")
        hostnames = [h.lower().rstrip(".") for h in got["hostnames"]]
        for kind, hostname in (want.get("hostnames") or {}).items():
            if kind in ("mdns", "dns_ptr"):
                c.check(hostname.lower() in hostnames, f"{name}: host name {hostname} ({kind}) in {hostnames}")

        checked_ports = scan.get("service_check_ports")
        if checked_ports is not None:
            listening = set(want.get("tcp_listening", []))
            expected_open = sorted(listening & set(checked_ports))
            c.check(sorted(got["open_ports"]) == expected_open,
                    f"{name}: open risky ports {expected_open} (got {got['open_ports']})")

        if "--ipv6" in sys.argv[3:] and want["mdns"] and want.get("ipv6_link_local"):
            c.check(any(a.split("%")[0] == want["ipv6_link_local"] for a in got["addresses"]),
                    f"{name}: IPv6 address {want['ipv6_link_local']} merged into the device ({got['addresses']})")

        for service in want["mdns"]:
            label = f"{name}: mDNS {service['type']} {service['instance']!r}"
            match = [s for s in got["mdns"] if s["type"] == service["type"] and s["instance"] == service["instance"]]
            if not c.check(len(match) == 1, label + " found once"):
                continue
            s = match[0]
            c.check(s["port"] == service["port"], f"{label}: port {service['port']} (got {s['port']})")
            c.check(s["host"].lower().rstrip(".") == service["host"].lower().rstrip("."),
                    f"{label}: host {service['host']} (got {s['host']})")
            want_txt = txt_dict(service["txt"])
            got_txt = {k.lower(): v for k, v in s["txt"].items()}
            for key, value in want_txt.items():
                c.check(got_txt.get(key) == value, f"{label}: TXT {key}={value!r} (got {got_txt.get(key)!r})")

        for upnp in want["upnp"]:
            label = f"{name}: UPnP {upnp['location']}"
            match = [u for u in got["upnp"] if u["location"] == upnp["location"]]
            if not c.check(len(match) == 1, label + " found once"):
                continue
            u = match[0]
            c.check(u["described"], label + ": description read")
            for want_key, got_key in (("deviceType", "device_type"), ("friendlyName", "friendly_name"),
                                      ("manufacturer", "manufacturer"), ("modelName", "model_name"),
                                      ("modelNumber", "model_number"), ("serialNumber", "serial_number"),
                                      ("UDN", "udn")):
                c.check(u[got_key] == upnp[want_key], f"{label}: {got_key} {upnp[want_key]!r} (got {u[got_key]!r})")
            c.check(upnp["server"].lower() in u["server"].lower(), f"{label}: SERVER mentions {upnp['server']}")
            c.check(upnp["server"].lower() in u["http_server"].lower(),
                    f"{label}: the description's HTTP Server header mentions {upnp['server']} (got {u['http_server']!r})")
            for embedded in upnp.get("embeddedDeviceTypes", []):
                c.check(embedded in u["embedded_device_types"], f"{label}: embedded device {embedded}")
            service_types = [s["service_type"] for s in u["services"]]
            for service_type in upnp.get("serviceTypes", []):
                c.check(service_type in service_types, f"{label}: service {service_type}")
        c.check(len(got["upnp"]) == len(want["upnp"]),
                f"{name}: {len(want['upnp'])} UPnP root device(s), not one per embedded device (got {len(got['upnp'])})")

        for wsd in want["wsd"]:
            label = f"{name}: WS-Discovery {wsd['endpoint']}"
            match = [w for w in got["wsd"] if w["endpoint"] == wsd["endpoint"]]
            if not c.check(len(match) == 1, label + " found once"):
                continue
            w = match[0]
            got_types = [local_name(t) for t in w["types"]]
            for t in wsd["types"]:
                want_local = t["local"] if isinstance(t, dict) else local_name(t)
                c.check(want_local in got_types, f"{label}: type {want_local} in {got_types}")
            for scope in wsd.get("scopes", []):
                c.check(scope in w["scopes"], f"{label}: scope {scope}")
            info = wsd.get("device_information") or {}
            if info.get("Model"):
                onvif = w.get("onvif") or {}
                c.check(onvif.get("hardware") == info["Model"],
                        f"{label}: ONVIF hardware {info['Model']!r} (got {onvif.get('hardware')!r})")
                c.check(onvif.get("name") == f"{info['Manufacturer']} {info['Model']}",
                        f"{label}: ONVIF name percent-decoded (got {onvif.get('name')!r})")
            if wsd.get("xaddrs_in_probe_match", True):
                for xaddr in wsd.get("xaddrs", []):
                    c.check(xaddr in w["xaddrs"], f"{label}: XAddr {xaddr}")

        if want.get("igd"):
            igd = (scan.get("router") or {}).get("igd")
            if c.check(igd is not None, f"{name}: router IGD read"):
                c.check(igd["external_ip"] == want["igd"]["external_ipv4"],
                        f"{name}: external IP {want['igd']['external_ipv4']} (got {igd['external_ip']})")
                c.check(igd["mappings_complete"], f"{name}: the whole mapping list was read")
                for mapping in want["igd"]["mappings"]:
                    label = f"{name}: mapping {mapping['protocol']} {mapping['external_port']}"
                    match = [m for m in igd["mappings"]
                             if m["protocol"] == mapping["protocol"] and m["external_port"] == mapping["external_port"]]
                    if not c.check(len(match) == 1, label + " found"):
                        continue
                    m = match[0]
                    c.check(m["internal_client"] == mapping["internal_client"]
                            and m["internal_port"] == mapping["internal_port"],
                            f"{label}: to {mapping['internal_client']}:{mapping['internal_port']}")
                    c.check(m["description"] == mapping["description"], f"{label}: description")
                    target = by_address.get(mapping["internal_client"])
                    c.check(target is not None and any(e["kind"] == "port_mapping" for e in target["evidence"]),
                            f"{label}: tied to the LAN device {mapping['internal_client']}")

    for line in c.failed:
        print("FAIL", line)
    print(f"{c.passed} passed, {len(c.failed)} failed")
    print(f"scan took {scan['duration_ms']} ms; last new evidence at {scan['last_new_evidence_ms']} ms; "
          f"{len(scan['devices'])} devices")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
