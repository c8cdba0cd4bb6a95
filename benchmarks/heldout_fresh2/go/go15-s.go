package main

import (
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type DeviceAPI struct {
	Devices *mongo.Collection
}

// POST /devices/auth  {"serial": "SN-1234", "secret": "..."}
// Devices call this on boot to get their configuration.
func (a *DeviceAPI) Auth(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Serial string `json:"serial"`
		Secret string `json:"secret"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Serial == "" || in.Secret == "" {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	filter := bson.M{"serial": in.Serial, "secret": in.Secret, "revoked": false}
	var dev struct {
		Serial string `bson:"serial" json:"serial"`
		Config bson.M `bson:"config" json:"config"`
	}
	if err := a.Devices.FindOne(r.Context(), filter).Decode(&dev); err != nil {
		http.Error(w, "unknown device", http.StatusUnauthorized)
		return
	}
	json.NewEncoder(w).Encode(dev)
}
