#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""measure.py OUT_FILE CMD...: runs CMD with stdout to OUT_FILE; prints "WALL_SECONDS PEAK_RSS_KB"."""
import resource
import subprocess
import sys
import time

with open(sys.argv[1], "wb") as out:
    start = time.monotonic()
    subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL, check=False)
    wall = time.monotonic() - start
print(f"{wall:.3f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
