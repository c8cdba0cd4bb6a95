package main

import (
	"net/http"
	"os"
	"strconv"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

// POST /workspace/select  (form: workspace=42)
// Remembers the workspace the user chose in the picker.
func selectWorkspace(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app")
	userID, ok := sess.Values["user_id"].(int64)
	if !ok {
		http.Error(w, "login required", http.StatusUnauthorized)
		return
	}
	wsID, err := strconv.ParseInt(r.FormValue("workspace"), 10, 64)
	if err != nil {
		http.Error(w, "bad workspace", http.StatusBadRequest)
		return
	}
	ws, err := workspaces.ForMember(r.Context(), userID, wsID) // nil if the user is not a member
	if err != nil || ws == nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	sess.Values["workspace_id"] = ws.ID
	sess.Values["plan"] = ws.Plan
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
