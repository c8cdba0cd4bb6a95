import os
import sys


def daemonize():
    if os.fork():
        sys.exit(0)
    os.setsid()
    os.umask(0)
