package main

import (
	"database/sql"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/go-sql-driver/mysql"
)

// statsctl prints row counts of the main tables of the shop database.
func main() {
	host := flag.String("host", "127.0.0.1:3306", "MySQL address")
	flag.Parse()

	cfg := mysql.NewConfig()
	cfg.User = "stats_reader"
	cfg.Passwd = os.Getenv("SHOP_DB_PASSWORD")
	if cfg.Passwd == "" {
		log.Fatal("SHOP_DB_PASSWORD must be set")
	}
	cfg.Net, cfg.Addr, cfg.DBName, cfg.ParseTime = "tcp", *host, "shop", true
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	for _, table := range []string{"customers", "orders", "order_items", "products"} {
		var n int64
		if err := db.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
			log.Fatalf("%s: %v", table, err)
		}
		fmt.Printf("%-12s %d\n", table, n)
	}
}
