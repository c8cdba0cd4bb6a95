package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/go-sql-driver/mysql"
)

func openDB() *sql.DB {
	cfg := mysql.NewConfig()
	cfg.User = os.Getenv("INVENTORY_DB_USER")
	cfg.Passwd = os.Getenv("INVENTORY_DB_PASSWORD")
	if cfg.User == "" || cfg.Passwd == "" {
		log.Fatal("INVENTORY_DB_USER and INVENTORY_DB_PASSWORD must be set")
	}
	cfg.Net = "tcp"
	cfg.Addr = "mysql.internal:3306"
	cfg.DBName = "inventory"
	cfg.ParseTime = true
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		log.Fatal(err)
	}
	db.SetMaxOpenConns(20)
	db.SetConnMaxLifetime(5 * time.Minute)
	return db
}

func main() {
	db := openDB()
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := db.PingContext(r.Context()); err != nil {
			http.Error(w, "db down", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok"))
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
