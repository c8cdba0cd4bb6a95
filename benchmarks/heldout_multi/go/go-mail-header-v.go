package main

import (
	"net/http"
	"net/smtp"
)

func contact(w http.ResponseWriter, r *http.Request) {
	subject := r.FormValue("subject")
	body := r.FormValue("message")
	msg := "To: support@example.com\r\nSubject: " + subject + "\r\n\r\n" + body
	if err := smtp.SendMail("localhost:25", nil, "web@example.com", []string{"support@example.com"}, []byte(msg)); err != nil {
		http.Error(w, "mail failed", 500)
		return
	}
	w.Write([]byte("sent"))
}

func main() {
	http.HandleFunc("/contact", contact)
	http.ListenAndServe(":8080", nil)
}
