#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""Loopback-only UDP helper for capture.sh; refuses to run outside a private network namespace.

  udp_lab.py send GROUP PORT PAYLOAD_FILE PREFIX   sends the payload once to GROUP:PORT over lo and
                                                   stores each unicast answer as PREFIX-NNN-SENDER.bin
  udp_lab.py listen PORT SECONDS PREFIX            joins 239.255.255.250 on lo and stores every datagram
"""
import os
import socket
import struct
import sys
import time

# /proc/1/ns/net is not readable in our containers: compare with the namespace of the shell that
# started unshare (ROOT_NET) and insist that loopback is the only interface.
root_net = os.environ.get('ROOT_NET', '')
if not root_net.startswith('net:[') or os.readlink('/proc/self/ns/net') == root_net:
    sys.exit('refusing: not inside a private network namespace')
if [name for _, name in socket.if_nameindex()] != ['lo']:
    sys.exit('refusing: interfaces other than lo')


def store(prefix, number, sender, data):
    with open('%s-%03d-%s.bin' % (prefix, number, sender), 'wb') as out:
        out.write(data)


def collect(sock, seconds, prefix):
    sock.settimeout(0.5)
    end = time.time() + seconds
    number = 0
    while time.time() < end:
        try:
            data, (sender, _) = sock.recvfrom(65535)
        except socket.timeout:
            continue
        store(prefix, number, sender, data)
        number += 1


def send(group, port, payload_file, prefix):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton('127.0.0.1'))
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
    sock.bind(('127.0.0.1', 0))
    with open(payload_file, 'rb') as payload:
        sock.sendto(payload.read(), (group, port))
    collect(sock, 4, prefix)


def listen(port, seconds, prefix):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(('239.255.255.250', port))
    membership = struct.pack('4s4s', socket.inet_aton('239.255.255.250'), socket.inet_aton('127.0.0.1'))
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
    collect(sock, seconds, prefix)


if sys.argv[1] == 'send':
    send(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
elif sys.argv[1] == 'listen':
    listen(int(sys.argv[2]), float(sys.argv[3]), sys.argv[4])
else:
    sys.exit(__doc__)
