package main

import (
	"database/sql"
	"log"
	"path/filepath"

	"github.com/gofiber/fiber/v2"
	"github.com/google/uuid"
	_ "github.com/jackc/pgx/v5/stdlib"
)

const avatarDir = "./storage/avatars"

func main() {
	db, err := sql.Open("pgx", "postgres:///app")
	if err != nil {
		log.Fatal(err)
	}
	app := fiber.New()

	// GET /avatars?file=<user uuid> returns a user's avatar image.
	app.Get("/avatars", func(c *fiber.Ctx) error {
		id, err := uuid.Parse(c.Query("file"))
		if err != nil {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		var stored string // server-generated name like "3f2a...e1.png"
		if err := db.QueryRow("SELECT avatar_file FROM users WHERE id = $1", id).Scan(&stored); err != nil {
			return c.SendStatus(fiber.StatusNotFound)
		}
		return c.SendFile(filepath.Join(avatarDir, filepath.Base(stored)))
	})

	log.Fatal(app.Listen(":3000"))
}
