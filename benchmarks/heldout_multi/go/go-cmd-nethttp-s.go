package main

import (
	"net/http"
	"os/exec"
)

func digHandler(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	out, err := exec.Command("dig", "+short", "--", name).CombinedOutput()
	if err != nil {
		http.Error(w, "failed", 500)
		return
	}
	w.Write(out)
}

func main() {
	http.HandleFunc("/dig", digHandler)
	http.ListenAndServe(":8080", nil)
}
