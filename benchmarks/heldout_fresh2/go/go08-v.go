package main

import (
	"io"
	"net/http"
	"time"

	"github.com/gofiber/fiber/v2"
)

var client = &http.Client{Timeout: 10 * time.Second}

// GET /avatar-proxy?src=https://cdn.example.net/u/12.png
// Re-serves remote avatar images so the browser never talks to third-party hosts.
func avatarProxy(c *fiber.Ctx) error {
	src := c.Query("src")
	if src == "" {
		return fiber.ErrBadRequest
	}
	resp, err := client.Get(src)
	if err != nil {
		return fiber.ErrBadGateway
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 2<<20))
	if err != nil {
		return fiber.ErrBadGateway
	}
	c.Set("Content-Type", resp.Header.Get("Content-Type"))
	return c.Status(resp.StatusCode).Send(body)
}

func main() {
	app := fiber.New()
	app.Get("/avatar-proxy", avatarProxy)
	app.Listen(":3000")
}
