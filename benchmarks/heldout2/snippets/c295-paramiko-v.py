import os
import sys

import paramiko


def restart_service(host, service):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="deploy", key_filename=os.path.expanduser("~/.ssh/deploy_ed25519"))
    try:
        _, stdout, stderr = client.exec_command("sudo systemctl restart " + service.replace(";", ""))
        return stdout.channel.recv_exit_status(), stderr.read().decode()
    finally:
        client.close()


if __name__ == "__main__":
    code, err = restart_service(sys.argv[1], "web")
    print(code, err)
