import os
import sys
import zipfile


def unpack(archive, target):
    with zipfile.ZipFile(archive) as zf:
        for member in zf.namelist():
            if member.endswith("/"):
                continue
            with open(os.path.join(target, member), "wb") as out:
                out.write(zf.read(member))


unpack(sys.argv[1], sys.argv[2])
