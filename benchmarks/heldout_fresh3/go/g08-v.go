package main

import (
	"log"
	"path/filepath"

	"github.com/gofiber/fiber/v2"
)

const avatarDir = "./storage/avatars"

func main() {
	app := fiber.New()

	// GET /avatars?file=<name> returns a user's avatar image.
	app.Get("/avatars", func(c *fiber.Ctx) error {
		file := c.Query("file")
		if file == "" {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		return c.SendFile(filepath.Join(avatarDir, file))
	})

	log.Fatal(app.Listen(":3000"))
}
