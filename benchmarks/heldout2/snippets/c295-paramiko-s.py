import os
import sys

import paramiko


def restart_service(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename=os.path.expanduser("~/.ssh/deploy_ed25519"))
    try:
        _, stdout, stderr = client.exec_command("sudo systemctl restart web")
        return stdout.channel.recv_exit_status(), stderr.read().decode()
    finally:
        client.close()


if __name__ == "__main__":
    code, err = restart_service(sys.argv[1])
    print(code, err)
