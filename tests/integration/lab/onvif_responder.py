#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""A small Hikvision-like ONVIF camera for the lab (python3 standard library only).

- WS-Discovery (2005/04, SOAP 1.2) on 239.255.255.250:3702: a Hello at start-up, a Bye at
  exit, and a unicast ProbeMatches to the sender for Probes with no Types, with
  dn:NetworkVideoTransmitter or with tds:Device (and matching Scopes, RFC 3986 rule).
- HTTP on port 80: a login page and /onvif/device_service answering GetDeviceInformation and
  GetSystemDateAndTime without authentication, everything else with a SOAP NotAuthorized fault.
- RTSP on port 554: OPTIONS answered, everything else 401 with a Digest challenge.
Run it only inside a lab namespace (lab.sh starts it through nsexec.sh).
"""

import argparse
import http.server
import json
import random
import signal
import socket
import socketserver
import sys
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from io import BytesIO

GROUP, PORT = "239.255.255.250", 3702
NS_SOAP = "http://www.w3.org/2003/05/soap-envelope"
NS_WSA = "http://schemas.xmlsoap.org/ws/2004/08/addressing"
NS_WSD = "http://schemas.xmlsoap.org/ws/2005/04/discovery"
NS_DN = "http://www.onvif.org/ver10/network/wsdl"
NS_TDS = "http://www.onvif.org/ver10/device/wsdl"
ANONYMOUS = "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous"
DISCOVERY_URN = "urn:schemas-xmlsoap-org:ws:2005:04:discovery"
PREFIX_OF = {NS_DN: "dn", NS_TDS: "tds"}


def log(message):
    print(f"onvif: {message}", flush=True)


class Camera:
    def __init__(self, config):
        self.config = config
        self.instance_id = int(time.time())
        self.message_number = 0
        self.lock = threading.Lock()
        self.types = {(t["namespace"], t["local"]) for t in config["types"]}
        self.xaddrs = f"http://{config['ipv4']}/onvif/device_service"

    def next_sequence(self):
        with self.lock:
            self.message_number += 1
            return self.message_number

    def envelope(self, action, body, relates_to=None, to=None):
        relates = f"<wsa:RelatesTo>{relates_to}</wsa:RelatesTo>" if relates_to else ""
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<env:Envelope xmlns:env="{NS_SOAP}" xmlns:wsa="{NS_WSA}" xmlns:d="{NS_WSD}" '
            f'xmlns:dn="{NS_DN}" xmlns:tds="{NS_TDS}">'
            "<env:Header>"
            f"<wsa:MessageID>urn:uuid:{uuid.uuid4()}</wsa:MessageID>{relates}"
            f"<wsa:To env:mustUnderstand=\"true\">{to or DISCOVERY_URN}</wsa:To>"
            f"<wsa:Action env:mustUnderstand=\"true\">{NS_WSD}/{action}</wsa:Action>"
            f'<d:AppSequence InstanceId="{self.instance_id}" MessageNumber="{self.next_sequence()}"/>'
            "</env:Header>"
            f"<env:Body>{body}</env:Body></env:Envelope>"
        ).encode("utf-8")

    def endpoint_body(self, with_xaddrs=True):
        types = " ".join(f"{PREFIX_OF.get(ns, 'dn')}:{local}" for ns, local in sorted(self.types))
        xaddrs = f"<d:XAddrs>{self.xaddrs}</d:XAddrs>" if with_xaddrs else ""
        return (f"<wsa:EndpointReference><wsa:Address>urn:uuid:{self.config['uuid']}</wsa:Address>"
                f"</wsa:EndpointReference><d:Types>{types}</d:Types>"
                f"<d:Scopes>{' '.join(self.config['scopes'])}</d:Scopes>{xaddrs}"
                "<d:MetadataVersion>1</d:MetadataVersion>")

    def hello(self):
        return self.envelope("Hello", f"<d:Hello>{self.endpoint_body()}</d:Hello>")

    def bye(self):
        return self.envelope("Bye", f"<d:Bye>{self.endpoint_body(with_xaddrs=False)}</d:Bye>")

    def probe_matches(self, message_id):
        return self.envelope("ProbeMatches",
                             f"<d:ProbeMatches><d:ProbeMatch>{self.endpoint_body()}</d:ProbeMatch></d:ProbeMatches>",
                             relates_to=message_id, to=ANONYMOUS)

    def matches(self, requested_types, requested_scopes):
        if requested_types and not set(requested_types) <= self.types:
            return False
        for wanted in requested_scopes:
            if not any(scope == wanted or scope.startswith(wanted.rstrip("/") + "/")
                       for scope in self.config["scopes"]):
                return False
        return True


def parse_probe(data):
    """Returns (message_id, [(ns, local)], [scopes]) for a Probe, or None for anything else."""
    namespaces = {}
    try:
        for _, (prefix, uri) in ET.iterparse(BytesIO(data), events=("start-ns",)):
            namespaces.setdefault(prefix, uri)
        root = ET.fromstring(data)
    except ET.ParseError:
        return None
    probe = root.find(f"{{{NS_SOAP}}}Body/{{{NS_WSD}}}Probe")
    if probe is None:
        return None
    message_id = root.findtext(f"{{{NS_SOAP}}}Header/{{{NS_WSA}}}MessageID", default="").strip()
    types = []
    for qname in (probe.findtext(f"{{{NS_WSD}}}Types") or "").split():
        prefix, _, local = qname.rpartition(":")
        types.append((namespaces.get(prefix, ""), local))
    scopes = (probe.findtext(f"{{{NS_WSD}}}Scopes") or "").split()
    return message_id, types, scopes


class DiscoveryResponder:
    def __init__(self, camera):
        self.camera = camera
        iface = socket.inet_aton(camera.config["ipv4"])
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("", PORT))
        self.sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, socket.inet_aton(GROUP) + iface)
        self.sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, iface)
        self.sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
        self.sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)

    def announce(self, payload):
        self.sock.sendto(payload, (GROUP, PORT))

    def serve(self):
        while True:
            data, sender = self.sock.recvfrom(65535)
            probe = parse_probe(data)
            if probe is None:
                continue
            message_id, types, scopes = probe
            if not self.camera.matches(types, scopes):
                log(f"probe from {sender[0]}:{sender[1]} for {types} {scopes}: no match")
                continue
            # WS-Discovery asks for a random delay (APP_MAX_DELAY 500 ms); keep it short for tests.
            time.sleep(random.uniform(0.0, 0.05))
            self.sock.sendto(self.camera.probe_matches(message_id), sender)
            log(f"probe from {sender[0]}:{sender[1]} for {types or 'any type'}: answered")


def device_service_handler(camera):
    info = camera.config["device_information"]

    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "webserver"
        sys_version = ""

        def log_message(self, fmt, *args):
            log("http " + fmt % args)

        def send(self, code, content_type, body):
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            if self.path in ("/", "/doc/page/login.asp"):
                self.send(200, "text/html; charset=UTF-8",
                          b"<!DOCTYPE html><html><head><title>HIKVISION</title></head>"
                          b"<body><div id=\"login\">Web Components</div></body></html>")
            else:
                self.send(404, "text/html", b"<html><body>Not Found</body></html>")

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            request = self.rfile.read(length).decode("utf-8", "replace")
            if self.path != "/onvif/device_service":
                self.send(404, "text/html", b"<html><body>Not Found</body></html>")
            elif "GetDeviceInformation" in request:
                body = "".join(f"<tds:{k}>{v}</tds:{k}>" for k, v in info.items())
                self.soap(200, f"<tds:GetDeviceInformationResponse>{body}</tds:GetDeviceInformationResponse>")
            elif "GetSystemDateAndTime" in request:
                t = time.gmtime()
                self.soap(200, "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime>"
                               "<tt:DateTimeType>NTP</tt:DateTimeType><tt:DaylightSavings>false</tt:DaylightSavings>"
                               "<tt:UTCDateTime><tt:Time>"
                               f"<tt:Hour>{t.tm_hour}</tt:Hour><tt:Minute>{t.tm_min}</tt:Minute>"
                               f"<tt:Second>{t.tm_sec}</tt:Second></tt:Time><tt:Date><tt:Year>{t.tm_year}</tt:Year>"
                               f"<tt:Month>{t.tm_mon}</tt:Month><tt:Day>{t.tm_mday}</tt:Day></tt:Date></tt:UTCDateTime>"
                               "</tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>")
            else:
                self.soap(400, "<env:Fault><env:Code><env:Value>env:Sender</env:Value><env:Subcode>"
                               "<env:Value>ter:NotAuthorized</env:Value></env:Subcode></env:Code>"
                               "<env:Reason><env:Text xml:lang=\"en\">Sender not Authorized</env:Text></env:Reason>"
                               "</env:Fault>")

        def soap(self, code, body):
            payload = (f'<?xml version="1.0" encoding="UTF-8"?>\n<env:Envelope xmlns:env="{NS_SOAP}" '
                       f'xmlns:tds="{NS_TDS}" xmlns:tt="http://www.onvif.org/ver10/schema" '
                       f'xmlns:ter="http://www.onvif.org/ver10/error"><env:Body>{body}</env:Body></env:Envelope>')
            self.send(code, "application/soap+xml; charset=utf-8", payload.encode("utf-8"))

    return Handler


class RtspHandler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            lines = []
            while True:
                line = self.rfile.readline(4096)
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                lines.append(line.decode("latin-1").strip())
            if not lines:
                continue
            method = lines[0].split(" ", 1)[0]
            cseq = next((l.split(":", 1)[1].strip() for l in lines if l.lower().startswith("cseq:")), "0")
            if method == "OPTIONS":
                reply = (f"RTSP/1.0 200 OK\r\nCSeq: {cseq}\r\n"
                         "Public: OPTIONS, DESCRIBE, PLAY, PAUSE, SETUP, TEARDOWN, SET_PARAMETER, GET_PARAMETER\r\n"
                         f"Date: {time.strftime('%a, %b %d %Y %H:%M:%S GMT', time.gmtime())}\r\n\r\n")
            else:
                reply = (f"RTSP/1.0 401 Unauthorized\r\nCSeq: {cseq}\r\n"
                         f"WWW-Authenticate: Digest realm=\"IP Camera(D1234)\", nonce=\"{uuid.uuid4().hex}\", "
                         "stale=\"FALSE\"\r\n"
                         f"WWW-Authenticate: Basic realm=\"IP Camera(D1234)\"\r\n\r\n")
            self.wfile.write(reply.encode("ascii"))


class ThreadingTCPServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("config", help="onvif.json written by labgen.py")
    parser.add_argument("--ready", help="file to create once every socket is bound")
    args = parser.parse_args()
    with open(args.config, encoding="utf-8") as f:
        camera = Camera(json.load(f))

    discovery = DiscoveryResponder(camera)
    http_server = http.server.ThreadingHTTPServer(("", camera.config["http_port"]), device_service_handler(camera))
    rtsp_server = ThreadingTCPServer(("", camera.config["rtsp_port"]), RtspHandler)
    for server in (http_server, rtsp_server):
        threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop(signum, frame):
        try:
            discovery.announce(camera.bye())
        finally:
            sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    discovery.announce(camera.hello())
    if args.ready:
        open(args.ready, "w").close()
    log(f"ready: ws-discovery {GROUP}:{PORT}, http {camera.config['http_port']}, rtsp {camera.config['rtsp_port']}")
    discovery.serve()


if __name__ == "__main__":
    main()
