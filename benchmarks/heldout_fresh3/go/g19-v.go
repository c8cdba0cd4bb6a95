package api

import (
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type CouponAPI struct {
	Coupons *mongo.Collection
}

// POST /coupons/redeem  body: {"code": "SPRING25", "storeId": "s-104"}
func (a *CouponAPI) Redeem(w http.ResponseWriter, r *http.Request) {
	var body map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	filter := bson.M{"code": body["code"], "storeId": body["storeId"], "redeemed": false}
	var coupon bson.M
	if err := a.Coupons.FindOneAndUpdate(r.Context(), filter,
		bson.M{"$set": bson.M{"redeemed": true}}).Decode(&coupon); err != nil {
		http.Error(w, "invalid coupon", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(map[string]interface{}{"discount": coupon["discount"]})
}
