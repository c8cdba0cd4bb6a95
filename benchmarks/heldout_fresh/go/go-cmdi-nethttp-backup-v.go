package main

import (
	"fmt"
	"net/http"
	"os/exec"
)

func backupCmd(label string) *exec.Cmd {
	script := fmt.Sprintf("tar czf /var/backups/%s.tgz /srv/data && sync", label)
	return exec.Command("/bin/sh", "-c", script)
}

func backupHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	label := r.FormValue("label")
	if err := backupCmd(label).Run(); err != nil {
		http.Error(w, "backup failed", http.StatusInternalServerError)
		return
	}
	fmt.Fprintln(w, "backup written")
}

func main() {
	http.HandleFunc("/admin/backup", backupHandler)
	http.ListenAndServe("127.0.0.1:8081", nil)
}
