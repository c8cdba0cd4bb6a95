package main

import (
	"database/sql"
	"flag"
	"fmt"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

// statsctl prints row counts of the main tables of the shop database.
func main() {
	host := flag.String("host", "127.0.0.1:3306", "MySQL address")
	flag.Parse()

	dsn := fmt.Sprintf("root:@tcp(%s)/shop?parseTime=true", *host)
	db, err := sql.Open("mysql", dsn)
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
