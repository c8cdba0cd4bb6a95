package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

// POST /workspace/select  (form: workspace=42&plan=pro)
// Remembers the workspace the user chose in the picker.
func selectWorkspace(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app")
	if sess.Values["user_id"] == nil {
		http.Error(w, "login required", http.StatusUnauthorized)
		return
	}
	sess.Values["workspace_id"] = r.FormValue("workspace")
	sess.Values["plan"] = r.FormValue("plan")
	if err := sess.Save(r, w); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/workspace", http.StatusSeeOther)
}

func main() {
	http.HandleFunc("/workspace/select", selectWorkspace)
	http.ListenAndServe(":8080", nil)
}
