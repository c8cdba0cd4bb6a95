package main

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(mustEnv("SESSION_KEY")))

var shippingPrices = map[string]int{"standard": 495, "express": 1290, "pickup": 0}

// POST /checkout/shipping stores the chosen shipping option; the pay step charges session["shippingCents"].
func chooseShipping(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "checkout")
	option := r.PostFormValue("option")
	price, ok := shippingPrices[option]
	if !ok {
		http.Error(w, "unknown shipping option", http.StatusBadRequest)
		return
	}
	sess.Values["shippingOption"] = option
	sess.Values["shippingCents"] = price
	if err := sess.Save(r, w); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/checkout/pay", http.StatusSeeOther)
}
