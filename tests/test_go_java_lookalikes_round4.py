"""Safe Go and Java look-alikes (round 4) that no rule may flag, each scanned as its own snippet, with unsafe
twins that must stay flagged: bound queries built in helpers and builders (`sqlx`, squirrel, gorm, pgx, r2dbc,
`NamedParameterJdbcTemplate`, dynamic WHERE clauses of constant fragments, chained `StringBuilder` appends),
argument-list processes, `Clean`/`normalize` + containment (also when the canonical form sits in a local of its
own), `os.OpenInRoot`, auto-escaping templates and escapers (`template.JSEscapeString` too), exact-host and
constant-base URLs, path-only redirects (a `UriComponentsBuilder` started on a fixed path), hardened parsers,
constant-time compares, secrets from the environment, cookie flags (fiber's `HTTPOnly`), generic error bodies
with the error logged (an `err` a call answered is not the request data it read), DTOs, temp-file APIs and
checked zip entries.
"""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

SAFE_GO_1: dict[str, tuple[str, str]] = {
"go: gin handler, query built in a repo helper with placeholders": ("go", r'''
package main

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
)

type UserRepo struct{ db *sql.DB }

func (r *UserRepo) FindByEmail(email string) (*sql.Rows, error) {
	const q = "SELECT id, name FROM users WHERE email = $1"
	return r.db.Query(q, email)
}

func (r *UserRepo) handler(c *gin.Context) {
	rows, err := r.FindByEmail(c.Query("email"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
		return
	}
	defer rows.Close()
	c.Status(http.StatusOK)
}
'''),
"go: sqlx named query with a struct and an allow-listed sort column": ("go", r'''
package store

import (
	"fmt"
	"net/http"

	"github.com/jmoiron/sqlx"
)

var sortColumns = map[string]string{"name": "name", "created": "created_at"}

func listProducts(db *sqlx.DB, w http.ResponseWriter, r *http.Request) {
	col, ok := sortColumns[r.URL.Query().Get("sort")]
	if !ok {
		col = "name"
	}
	query := fmt.Sprintf("SELECT id, name FROM products WHERE category = :cat ORDER BY %s", col)
	rows, err := db.NamedQuery(query, map[string]interface{}{"cat": r.URL.Query().Get("category")})
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}
'''),
"go: gorm Where with a placeholder from an echo param": ("go", r'''
package api

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Order struct {
	ID     uint
	Status string
}

func ordersByStatus(db *gorm.DB) echo.HandlerFunc {
	return func(c echo.Context) error {
		var orders []Order
		if err := db.Where("status = ?", c.QueryParam("status")).Find(&orders).Error; err != nil {
			return c.JSON(http.StatusInternalServerError, map[string]string{"error": "lookup failed"})
		}
		return c.JSON(http.StatusOK, orders)
	}
}
'''),
"go: numeric id parsed with strconv before Sprintf": ("go", r'''
package main

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
)

func deleteItem(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(r.URL.Query().Get("id"))
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		_, err = db.Exec(fmt.Sprintf("DELETE FROM items WHERE id = %d", id))
		if err != nil {
			http.Error(w, "delete failed", http.StatusInternalServerError)
		}
	}
}
'''),
"go: exec.Command with an argument list and an allow-listed tool": ("go", r'''
package main

import (
	"net/http"
	"os/exec"
)

var allowedHosts = map[string]bool{"example.com": true, "golang.org": true}

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	if !allowedHosts[host] {
		http.Error(w, "host not allowed", http.StatusForbidden)
		return
	}
	out, err := exec.Command("ping", "-c", "1", host).Output()
	if err != nil {
		http.Error(w, "ping failed", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write(out)
}
'''),
"go: exec.CommandContext with -- separating a validated filename": ("go", r'''
package convert

import (
	"context"
	"errors"
	"os/exec"
	"regexp"
	"time"
)

var namePattern = regexp.MustCompile(`^[a-zA-Z0-9_-]+\.png$`)

func Thumbnail(name string) error {
	if !namePattern.MatchString(name) {
		return errors.New("invalid name")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return exec.CommandContext(ctx, "convert", "--", name, "-resize", "64x64", "thumb_"+name).Run()
}
'''),
"go: chi download with Clean and prefix check": ("go", r'''
package main

import (
	"net/http"
	"path/filepath"
	"strings"

	"github.com/go-chi/chi/v5"
)

const baseDir = "/srv/files"

func download(w http.ResponseWriter, r *http.Request) {
	name := chi.URLParam(r, "name")
	full := filepath.Join(baseDir, filepath.Clean("/"+name))
	if !strings.HasPrefix(full, baseDir+string(filepath.Separator)) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	http.ServeFile(w, r, full)
}
'''),
"go: os.OpenInRoot reads a user file": ("go", r'''
package main

import (
	"io"
	"net/http"
	"os"
)

func readDoc(w http.ResponseWriter, r *http.Request) {
	f, err := os.OpenInRoot("/var/app/docs", r.URL.Query().Get("file"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}
'''),
"go: filepath.Rel containment before reading": ("go", r'''
package files

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

func SafeRead(root, userPath string) ([]byte, error) {
	target := filepath.Join(root, userPath)
	rel, err := filepath.Rel(root, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, errors.New("path escapes root")
	}
	return os.ReadFile(target)
}
'''),
"go: html/template renders a query value": ("go", r'''
package main

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("p").Parse(`<h1>Hello {{.Name}}</h1>`))

func greet(w http.ResponseWriter, r *http.Request) {
	data := struct{ Name string }{Name: r.URL.Query().Get("name")}
	if err := page.Execute(w, data); err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
	}
}
'''),
"go: html.EscapeString before Fprintf": ("go", r'''
package main

import (
	"fmt"
	"html"
	"net/http"
)

func echoName(w http.ResponseWriter, r *http.Request) {
	name := html.EscapeString(r.FormValue("name"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<p>Welcome, %s</p>", name)
}
'''),
"go: gin c.HTML with a template and user data": ("go", r'''
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.LoadHTMLGlob("templates/*")
	r.GET("/search", func(c *gin.Context) {
		c.HTML(http.StatusOK, "search.tmpl", gin.H{"q": c.Query("q")})
	})
	r.Run(":8080")
}
'''),
"go: SSRF guarded by exact host allow-list after url.Parse": ("go", r'''
package main

import (
	"io"
	"net/http"
	"net/url"
)

var allowed = map[string]bool{"api.github.com": true, "hooks.slack.com": true}

func proxy(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("target"))
	if err != nil || u.Scheme != "https" || !allowed[u.Hostname()] {
		http.Error(w, "target not allowed", http.StatusBadRequest)
		return
	}
	resp, err := http.Get(u.String())
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
'''),
"go: redirect only to a local path": ("go", r'''
package main

import (
	"net/http"
	"net/url"
	"strings"
)

func afterLogin(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	u, err := url.Parse(next)
	if err != nil || u.IsAbs() || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(next, "//") {
		next = "/"
	}
	http.Redirect(w, r, next, http.StatusFound)
}
'''),
"go: echo redirect picked from a map": ("go", r'''
package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

var destinations = map[string]string{"home": "/", "profile": "/me", "settings": "/settings"}

func goTo(c echo.Context) error {
	dest, ok := destinations[c.QueryParam("to")]
	if !ok {
		dest = "/"
	}
	return c.Redirect(http.StatusSeeOther, dest)
}
'''),
"go: encoding/xml decodes a request body": ("go", r'''
package main

import (
	"encoding/xml"
	"net/http"
)

type Invoice struct {
	Number string `xml:"number"`
	Total  string `xml:"total"`
}

func upload(w http.ResponseWriter, r *http.Request) {
	var inv Invoice
	dec := xml.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	if err := dec.Decode(&inv); err != nil {
		http.Error(w, "invalid xml", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
'''),
"go: ldap filter built with EscapeFilter": ("go", r'''
package auth

import (
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

func findUser(conn *ldap.Conn, username string) (*ldap.SearchResult, error) {
	filter := fmt.Sprintf("(&(objectClass=person)(uid=%s))", ldap.EscapeFilter(username))
	req := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases,
		0, 0, false, filter, []string{"dn", "cn"}, nil)
	return conn.Search(req)
}
'''),
"go: mongo filter with a typed string value": ("go", r'''
package main

import (
	"context"
	"net/http"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

func getUser(coll *mongo.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		username := r.URL.Query().Get("username")
		var user bson.M
		err := coll.FindOne(context.TODO(), bson.M{"username": bson.M{"$eq": username}}).Decode(&user)
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusOK)
	}
}
'''),
"go: slog structured log of a request value": ("go", r'''
package main

import (
	"log/slog"
	"net/http"
	"os"
)

var logger = slog.New(slog.NewJSONHandler(os.Stdout, nil))

func login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("username")
	logger.Info("login attempt", "user", user, "ip", r.RemoteAddr)
	w.WriteHeader(http.StatusNoContent)
}
'''),
"go: log with %q quoting a user value": ("go", r'''
package main

import (
	"log"
	"net/http"
)

func search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	log.Printf("search query=%q", q)
	w.WriteHeader(http.StatusOK)
}
'''),
"go: crypto/rand session token": ("go", r'''
package session

import (
	"crypto/rand"
	"encoding/hex"
	mrand "math/rand"
)

func NewToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func JitterMillis() int {
	return 100 + mrand.Intn(50)
}
'''),
"go: bcrypt password hashing with a sha256 etag": ("go", r'''
package users

import (
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

func HashPassword(pw string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
}

func CheckPassword(hash []byte, pw string) bool {
	return bcrypt.CompareHashAndPassword(hash, []byte(pw)) == nil
}

func ETag(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}
'''),
"go: secrets read from the environment in a config struct": ("go", r'''
package config

import (
	"errors"
	"os"
)

type Config struct {
	DBPassword string
	JWTSecret  string
	APIKey     string
}

func Load() (*Config, error) {
	cfg := &Config{
		DBPassword: os.Getenv("DB_PASSWORD"),
		JWTSecret:  os.Getenv("JWT_SECRET"),
		APIKey:     os.Getenv("API_KEY"),
	}
	if cfg.JWTSecret == "" || cfg.DBPassword == "" {
		return nil, errors.New("missing secrets")
	}
	return cfg, nil
}
'''),
"go: TLS client with MinVersion and verification on": ("go", r'''
package client

import (
	"crypto/tls"
	"net/http"
	"time"
)

func New() *http.Client {
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: false},
		},
	}
}
'''),
"go: session cookie with Secure HttpOnly SameSite": ("go", r'''
package main

import (
	"net/http"
	"time"
)

func setSession(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    token,
		Path:     "/",
		Expires:  time.Now().Add(24 * time.Hour),
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
	})
}
'''),
"go: gin SetCookie with secure and httpOnly true": ("go", r'''
package main

import "github.com/gin-gonic/gin"

func loginOK(c *gin.Context, token string) {
	c.SetSameSite(4)
	c.SetCookie("session_id", token, 3600, "/", "example.com", true, true)
	c.JSON(200, gin.H{"ok": true})
}
'''),
"go: golang-jwt parse with keyfunc and method check": ("go", r'''
package auth

import (
	"fmt"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

func Verify(tokenString string) (*jwt.Token, error) {
	secret := []byte(os.Getenv("JWT_SECRET"))
	return jwt.Parse(tokenString, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return secret, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}
'''),
"go: regexp.QuoteMeta on a search term": ("go", r'''
package main

import (
	"net/http"
	"regexp"
)

func filter(w http.ResponseWriter, r *http.Request) {
	term := r.URL.Query().Get("term")
	re, err := regexp.Compile("(?i)" + regexp.QuoteMeta(term))
	if err != nil {
		http.Error(w, "bad term", http.StatusBadRequest)
		return
	}
	_ = re
}
'''),
"go: subtle.ConstantTimeCompare on an API key": ("go", r'''
package main

import (
	"crypto/subtle"
	"net/http"
	"os"
)

func requireKey(next http.Handler) http.Handler {
	expected := []byte(os.Getenv("API_KEY"))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-API-Key"))
		if len(expected) == 0 || subtle.ConstantTimeCompare(got, expected) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
'''),
"go: hmac.Equal on a webhook signature": ("go", r'''
package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"os"
)

func webhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, []byte(os.Getenv("WEBHOOK_SECRET")))
	mac.Write(body)
	expected := mac.Sum(nil)
	signature, err := hex.DecodeString(r.Header.Get("X-Signature"))
	if err != nil || !hmac.Equal(signature, expected) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusOK)
}
'''),
"go: generic error to client, detail logged": ("go", r'''
package main

import (
	"encoding/json"
	"log"
	"net/http"
)

func create(w http.ResponseWriter, r *http.Request) {
	var in struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		log.Printf("decode failed: %v", err)
		http.Error(w, "invalid request", http.StatusBadRequest)
		return
	}
	if err := save(in.Name); err != nil {
		log.Printf("save failed: %v", err)
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func save(name string) error { return nil }
'''),
"go: gin binds a DTO then copies allowed fields": ("go", r'''
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type User struct {
	ID      uint
	Name    string
	Email   string
	IsAdmin bool
}

type UpdateProfileInput struct {
	Name  string `json:"name" binding:"required,max=100"`
	Email string `json:"email" binding:"required,email"`
}

func updateProfile(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var in UpdateProfileInput
		if err := c.ShouldBindJSON(&in); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid input"})
			return
		}
		var user User
		if err := db.First(&user, c.GetUint("userID")).Error; err != nil {
			c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
			return
		}
		user.Name = in.Name
		user.Email = in.Email
		db.Save(&user)
		c.JSON(http.StatusOK, gin.H{"ok": true})
	}
}
'''),
"go: os.CreateTemp for scratch data": ("go", r'''
package main

import (
	"os"
)

func writeScratch(data []byte) (string, error) {
	f, err := os.CreateTemp("", "report-*.csv")
	if err != nil {
		return "", err
	}
	defer f.Close()
	if _, err := f.Write(data); err != nil {
		return "", err
	}
	return f.Name(), nil
}
'''),
"go: zip extraction with containment check": ("go", r'''
package archive

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func Unzip(src, dest string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	dest = filepath.Clean(dest)
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(target, dest+string(os.PathSeparator)) {
			return fmt.Errorf("illegal file path: %s", f.Name)
		}
		if f.FileInfo().IsDir() {
			os.MkdirAll(target, 0o750)
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640)
		if err != nil {
			rc.Close()
			return err
		}
		_, err = io.Copy(out, io.LimitReader(rc, 100<<20))
		out.Close()
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
'''),
"go: gorilla sessions store a looked-up user id": ("go", r'''
package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func login(w http.ResponseWriter, r *http.Request) {
	user, err := lookupUser(r.FormValue("username"))
	if err != nil || bcrypt.CompareHashAndPassword(user.Hash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sess, _ := store.Get(r, "session")
	sess.Options = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	sess.Values["user_id"] = user.ID
	sess.Save(r, w)
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}

type account struct {
	ID   int
	Hash []byte
}

func lookupUser(name string) (*account, error) { return &account{}, nil }
'''),
"go: fiber handler with parameterized query and JSON out": ("go", r'''
package main

import (
	"database/sql"

	"github.com/gofiber/fiber/v2"
)

func register(app *fiber.App, db *sql.DB) {
	app.Get("/books/:author", func(c *fiber.Ctx) error {
		rows, err := db.Query("SELECT title FROM books WHERE author = ?", c.Params("author"))
		if err != nil {
			return c.Status(500).JSON(fiber.Map{"error": "internal"})
		}
		defer rows.Close()
		var titles []string
		for rows.Next() {
			var t string
			rows.Scan(&t)
			titles = append(titles, t)
		}
		return c.JSON(titles)
	})
}
'''),
"go: header value stripped of CR and LF": ("go", r'''
package main

import (
	"net/http"
	"strings"
)

func download(w http.ResponseWriter, r *http.Request) {
	name := strings.NewReplacer("\r", "", "\n", "", "\"", "").Replace(r.URL.Query().Get("name"))
	w.Header().Set("Content-Disposition", "attachment; filename=\""+name+"\"")
	w.WriteHeader(http.StatusOK)
}
'''),
"go: text/template for a plain-text email": ("go", r'''
package mail

import (
	"bytes"
	"text/template"
)

var body = template.Must(template.New("m").Parse("Hello {{.Name}},\nYour order {{.ID}} has shipped.\n"))

func Render(name string, id int) (string, error) {
	var buf bytes.Buffer
	err := body.Execute(&buf, map[string]interface{}{"Name": name, "ID": id})
	return buf.String(), err
}
'''),
"go: file created with 0600 permissions": ("go", r'''
package main

import "os"

func saveKey(key []byte) error {
	return os.WriteFile("/etc/app/key.pem", key, 0o600)
}
'''),
"go: spoofable header only used for logging": ("go", r'''
package main

import (
	"log/slog"
	"net"
	"net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	slog.Info("request", "remote", host, "forwarded_for", r.Header.Get("X-Forwarded-For"))
	w.WriteHeader(http.StatusOK)
}
'''),
"go: sha256 checksum of an uploaded file": ("go", r'''
package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"net/http"
)

func checksum(w http.ResponseWriter, r *http.Request) {
	h := sha256.New()
	if _, err := io.Copy(h, r.Body); err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%x", h.Sum(nil))
}
'''),
"go: argon2id password hashing": ("go", r'''
package pw

import (
	"crypto/rand"

	"golang.org/x/crypto/argon2"
)

func Hash(password string) ([]byte, []byte, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return nil, nil, err
	}
	return argon2.IDKey([]byte(password), salt, 1, 64*1024, 4, 32), salt, nil
}
'''),
"go: AES-GCM encryption with random nonce": ("go", r'''
package crypt

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
)

func Encrypt(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}
'''),
"go: json response writes a user value": ("go", r'''
package main

import (
	"encoding/json"
	"net/http"
)

func whoami(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"name": r.URL.Query().Get("name")})
}
'''),
"go: echo handler with a validated int and filepath.Base": ("go", r'''
package main

import (
	"net/http"
	"path/filepath"
	"strconv"

	"github.com/labstack/echo/v4"
)

func avatar(c echo.Context) error {
	size, err := strconv.Atoi(c.QueryParam("size"))
	if err != nil || size <= 0 || size > 512 {
		return c.String(http.StatusBadRequest, "invalid size")
	}
	name := filepath.Base(c.Param("file"))
	if name == "." || name == "/" || name == ".." {
		return c.String(http.StatusBadRequest, "invalid file")
	}
	return c.File(filepath.Join("/srv/avatars", strconv.Itoa(size), name))
}
'''),
}

UNSAFE_GO_1: dict[str, tuple[str, str, str]] = {
"go: sql string concat in handler": ("go", "go.flow.sql-injection", r'''
package main

import (
	"database/sql"
	"net/http"
)

func h(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rows, _ := db.Query("SELECT * FROM users WHERE email = '" + r.URL.Query().Get("email") + "'")
		defer rows.Close()
	}
}
'''),
"go: sh -c with a form value": ("go", "go.flow.command-injection", r'''
package main

import (
	"net/http"
	"os/exec"
)

func ping(w http.ResponseWriter, r *http.Request) {
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+r.FormValue("host")).Output()
	w.Write(out)
}
'''),
"go: ServeFile with joined user path": ("go", "go.fs.path-traversal", r'''
package main

import (
	"net/http"
	"path/filepath"
)

func download(w http.ResponseWriter, r *http.Request) {
	http.ServeFile(w, r, filepath.Join("/srv/files", r.URL.Query().Get("name")))
}
'''),
"go: Fprintf raw html": ("go", "go.xss.response-from-request", r'''
package main

import (
	"fmt"
	"net/http"
)

func echoName(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>Welcome, %s</p>", r.FormValue("name"))
}
'''),
"go: redirect to next param": ("go", "go.flow.open-redirect", r'''
package main

import "net/http"

func afterLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
}
'''),
"go: http.Get of a user url": ("go", "go.net.ssrf", r'''
package main

import (
	"io"
	"net/http"
)

func proxy(w http.ResponseWriter, r *http.Request) {
	resp, _ := http.Get(r.URL.Query().Get("target"))
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
'''),
"go: ldap filter Sprintf without escape": ("go", "go.flow.ldap-injection", r'''
package main

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

func find(conn *ldap.Conn, w http.ResponseWriter, r *http.Request) {
	filter := fmt.Sprintf("(uid=%s)", r.FormValue("user"))
	req := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, filter, nil, nil)
	conn.Search(req)
}
'''),
"go: math/rand token": ("go", "go.crypto.math-rand-secret", r'''
package session

import (
	"math/rand"
)

func NewToken() string {
	letters := "abcdefghijklmnopqrstuvwxyz"
	token := make([]byte, 32)
	for i := range token {
		token[i] = letters[rand.Intn(len(letters))]
	}
	return string(token)
}
'''),
"go: api key compared with ==": ("go", "go.crypto.timing-unsafe-compare", r'''
package main

import (
	"net/http"
	"os"
)

func requireKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-Key") != os.Getenv("API_KEY") {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
'''),
"go: InsecureSkipVerify true": ("go", "go.tls.insecure-skip-verify", r'''
package client

import (
	"crypto/tls"
	"net/http"
)

func New() *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
}
'''),
"go: error text to client": ("go", "go.web.error-details", r'''
package main

import (
	"net/http"
)

func create(w http.ResponseWriter, r *http.Request) {
	if err := save(r.FormValue("name")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
}

func save(name string) error { return nil }
'''),
"go: zip entry written without check": ("go", "go.fs.zip-slip", r'''
package archive

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
)

func Unzip(src, dest string) error {
	r, _ := zip.OpenReader(src)
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		rc, _ := f.Open()
		out, _ := os.Create(target)
		io.Copy(out, rc)
		out.Close()
		rc.Close()
	}
	return nil
}
'''),
"go: md5 password hash": ("go", "go.crypto.weak-password-hash", r'''
package users

import (
	"crypto/md5"
	"encoding/hex"
)

func HashPassword(password string) string {
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}
'''),
}


SAFE_GO_2: dict[str, tuple[str, str]] = {
"go: IN clause with generated placeholders": ("go", r'''
package store

import (
	"database/sql"
	"net/http"
	"strings"
)

func byIDs(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	ids := r.URL.Query()["id"]
	if len(ids) == 0 {
		http.Error(w, "no ids", http.StatusBadRequest)
		return
	}
	placeholders := make([]string, len(ids))
	args := make([]interface{}, len(ids))
	for i, id := range ids {
		placeholders[i] = "?"
		args[i] = id
	}
	query := "SELECT id, name FROM items WHERE id IN (" + strings.Join(placeholders, ",") + ")"
	rows, err := db.Query(query, args...)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}
'''),
"go: squirrel builder with sq.Eq": ("go", r'''
package repo

import (
	"database/sql"

	sq "github.com/Masterminds/squirrel"
)

func FindUsers(db *sql.DB, name string) (*sql.Rows, error) {
	query, args, err := sq.Select("id", "name").From("users").Where(sq.Eq{"name": name}).PlaceholderFormat(sq.Dollar).ToSql()
	if err != nil {
		return nil, err
	}
	return db.Query(query, args...)
}
'''),
"go: git log with user ref after --": ("go", r'''
package main

import (
	"net/http"
	"os/exec"
	"regexp"
)

var refPattern = regexp.MustCompile(`^[A-Za-z0-9._/-]{1,100}$`)

func history(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("ref")
	if !refPattern.MatchString(ref) || ref[0] == '-' {
		http.Error(w, "bad ref", http.StatusBadRequest)
		return
	}
	cmd := exec.Command("git", "log", "--oneline", "-n", "20", ref, "--")
	cmd.Dir = "/srv/repo"
	out, err := cmd.Output()
	if err != nil {
		http.Error(w, "git failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write(out)
}
'''),
"go: echo c.String plain text with a user value": ("go", r'''
package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func hello(c echo.Context) error {
	return c.String(http.StatusOK, "Hello, "+c.QueryParam("name"))
}
'''),
"go: text/plain content type before Fprintf": ("go", r'''
package main

import (
	"fmt"
	"net/http"
)

func echoText(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	fmt.Fprintf(w, "you searched for: %s\n", r.URL.Query().Get("q"))
}
'''),
"go: fixed API host with a path-escaped segment": ("go", r'''
package main

import (
	"io"
	"net/http"
	"net/url"
)

const apiBase = "https://api.example.com/users/"

func userProxy(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get(apiBase + url.PathEscape(r.URL.Query().Get("id")))
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
'''),
"go: redirect to a path built from a parsed id": ("go", r'''
package main

import (
	"net/http"
	"strconv"
)

func created(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.FormValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/items/"+strconv.FormatInt(id, 10), http.StatusSeeOther)
}
'''),
"go: login redirect carries the escaped current path": ("go", r'''
package main

import (
	"net/http"
	"net/url"
)

func requireLogin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("session"); err != nil {
			http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusFound)
			return
		}
		next.ServeHTTP(w, r)
	})
}
'''),
"go: upload saved under a random name": ("go", r'''
package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

func upload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "no file", http.StatusBadRequest)
		return
	}
	defer file.Close()
	ext := filepath.Ext(filepath.Base(header.Filename))
	if ext != ".png" && ext != ".jpg" {
		http.Error(w, "unsupported type", http.StatusBadRequest)
		return
	}
	out, err := os.CreateTemp("/srv/uploads", "upload-*"+ext)
	if err != nil {
		http.Error(w, "save failed", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	io.Copy(out, io.LimitReader(file, 10<<20))
}
'''),
"go: jwt ParseWithClaims with claims struct": ("go", r'''
package auth

import (
	"errors"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

type Claims struct {
	UserID string `json:"uid"`
	jwt.RegisteredClaims
}

func ParseToken(raw string) (*Claims, error) {
	claims := &Claims{}
	token, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) {
		return []byte(os.Getenv("JWT_SECRET")), nil
	}, jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}))
	if err != nil || !token.Valid {
		return nil, errors.New("invalid token")
	}
	return claims, nil
}
'''),
"go: role compared with == and empty token check": ("go", r'''
package main

import (
	"net/http"
	"strings"
)

func adminOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if token == "" {
			http.Error(w, "missing token", http.StatusUnauthorized)
			return
		}
		claims, err := verify(token)
		if err != nil || claims.Role != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

type claims struct{ Role string }

func verify(t string) (*claims, error) { return &claims{}, nil }
'''),
"go: constants naming a header and a form field": ("go", r'''
package main

import (
	"net/http"
	"golang.org/x/crypto/bcrypt"
)

const (
	tokenHeader   = "X-Auth-Token"
	passwordField = "password"
)

func check(w http.ResponseWriter, r *http.Request, hash []byte) bool {
	return r.Header.Get(tokenHeader) != "" &&
		bcrypt.CompareHashAndPassword(hash, []byte(r.FormValue(passwordField))) == nil
}
'''),
"go: log of a parsed integer": ("go", r'''
package main

import (
	"log"
	"net/http"
	"strconv"
)

func page(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil {
		n = 1
	}
	log.Printf("listing page %d", n)
	w.WriteHeader(http.StatusOK)
}
'''),
"go: gin binds to a struct whose admin flag is not bindable": ("go", r'''
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type SignupRequest struct {
	Username string `json:"username" binding:"required,alphanum"`
	Password string `json:"password" binding:"required,min=12"`
}

func signup(c *gin.Context) {
	var req SignupRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid input"})
		return
	}
	c.JSON(http.StatusCreated, gin.H{"username": req.Username})
}
'''),
"go: zip entry checked with filepath.IsLocal": ("go", r'''
package archive

import (
	"archive/zip"
	"errors"
	"io"
	"os"
	"path/filepath"
)

func Extract(zr *zip.Reader, dest string) error {
	for _, f := range zr.File {
		if !filepath.IsLocal(f.Name) {
			return errors.New("unsafe path in archive")
		}
		target := filepath.Join(dest, f.Name)
		rc, err := f.Open()
		if err != nil {
			return err
		}
		out, err := os.Create(target)
		if err != nil {
			rc.Close()
			return err
		}
		io.Copy(out, rc)
		out.Close()
		rc.Close()
	}
	return nil
}
'''),
"go: MkdirTemp workspace": ("go", r'''
package build

import (
	"os"
	"path/filepath"
)

func Workspace() (string, func(), error) {
	dir, err := os.MkdirTemp("", "build-")
	if err != nil {
		return "", nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n"), 0o600); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	return dir, func() { os.RemoveAll(dir) }, nil
}
'''),
"go: session value set from an allow-list": ("go", r'''
package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))
var languages = map[string]bool{"en": true, "de": true, "fr": true}

func setLang(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	if !languages[lang] {
		http.Error(w, "unsupported", http.StatusBadRequest)
		return
	}
	s, _ := store.Get(r, "prefs")
	s.Values["lang"] = lang
	s.Save(r, w)
}
'''),
"go: table name from a const switch": ("go", r'''
package store

import (
	"database/sql"
	"fmt"
)

func count(db *sql.DB, kind string) (int, error) {
	var table string
	switch kind {
	case "users":
		table = "users"
	case "orders":
		table = "orders"
	default:
		return 0, fmt.Errorf("unknown kind")
	}
	var n int
	err := db.QueryRow(fmt.Sprintf("SELECT COUNT(*) FROM %s", table)).Scan(&n)
	return n, err
}
'''),
"go: mongo aggregation with typed match value": ("go", r'''
package main

import (
	"context"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

func ordersFor(ctx context.Context, coll *mongo.Collection, customer string) (*mongo.Cursor, error) {
	pipeline := mongo.Pipeline{
		{{Key: "$match", Value: bson.D{{Key: "customer", Value: customer}}}},
		{{Key: "$sort", Value: bson.D{{Key: "created", Value: -1}}}},
	}
	return coll.Aggregate(ctx, pipeline)
}
'''),
"go: request id header from uuid": ("go", r'''
package main

import (
	"net/http"

	"github.com/google/uuid"
)

func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Request-ID", uuid.NewString())
		next.ServeHTTP(w, r)
	})
}
'''),
"go: template.HTML of a constant snippet": ("go", r'''
package main

import (
	"html/template"
	"net/http"
)

var tmpl = template.Must(template.New("x").Parse(`<div>{{.Banner}}</div><p>{{.User}}</p>`))

func home(w http.ResponseWriter, r *http.Request) {
	tmpl.Execute(w, map[string]interface{}{
		"Banner": template.HTML("<strong>Welcome!</strong>"),
		"User":   r.URL.Query().Get("user"),
	})
}
'''),
"go: fiber cookie with Secure and HTTPOnly": ("go", r'''
package main

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

func setToken(c *fiber.Ctx, token string) {
	c.Cookie(&fiber.Cookie{
		Name:     "token",
		Value:    token,
		Expires:  time.Now().Add(time.Hour),
		Secure:   true,
		HTTPOnly: true,
		SameSite: "Strict",
	})
}
'''),
"go: user-derived regexp compiled from QuoteMeta pieces": ("go", r'''
package search

import (
	"regexp"
	"strings"
)

func WordsMatcher(words []string) (*regexp.Regexp, error) {
	quoted := make([]string, 0, len(words))
	for _, w := range words {
		quoted = append(quoted, regexp.QuoteMeta(w))
	}
	return regexp.Compile(`\b(` + strings.Join(quoted, "|") + `)\b`)
}
'''),
"go: sha1 for git-style object ids": ("go", r'''
package objects

import (
	"crypto/sha1"
	"fmt"
)

func ObjectID(content []byte) string {
	header := fmt.Sprintf("blob %d\x00", len(content))
	return fmt.Sprintf("%x", sha1.Sum(append([]byte(header), content...)))
}
'''),
"go: chi handler returns DB error generically and logs with slog": ("go", r'''
package main

import (
	"database/sql"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func getItem(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var name string
		err := db.QueryRowContext(r.Context(), "SELECT name FROM items WHERE id = $1", chi.URLParam(r, "id")).Scan(&name)
		if err == sql.ErrNoRows {
			http.NotFound(w, r)
			return
		}
		if err != nil {
			slog.Error("get item", "err", err)
			w.WriteHeader(http.StatusInternalServerError)
			json.NewEncoder(w).Encode(map[string]string{"error": "internal server error"})
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"name": name})
	}
}
'''),
}
UNSAFE_GO_2: dict[str, tuple[str, str, str]] = {
"go: binds request into the model with IsAdmin": ("go", "go.flow.mass-assignment", r'''
package main

import (
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type User struct {
	ID      uint
	Name    string
	IsAdmin bool
}

func update(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var user User
		db.First(&user, c.Param("id"))
		c.ShouldBindJSON(&user)
		db.Save(&user)
	}
}
'''),
"go: log of decode error text built with Errorf from input": ("go", "go.flow.log-injection", r'''
package main

import (
	"fmt"
	"log"
	"net/http"
)

func h(w http.ResponseWriter, r *http.Request) {
	err := fmt.Errorf("unknown user %s", r.FormValue("user"))
	log.Println(err)
}
'''),
}


UNSAFE_GO_3: dict[str, tuple[str, str, str]] = {
"go: base from request then path": ("go", "go.flow.ssrf", r'''
package main

import (
	"io"
	"net/http"
)

func proxy(w http.ResponseWriter, r *http.Request) {
	apiBase := r.URL.Query().Get("base")
	resp, _ := http.Get(apiBase + "/status")
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
'''),
"go: const base reassigned": ("go", "go.net.ssrf", r'''
package main

import (
	"io"
	"net/http"
)

var apiBase = "https://api.example.com/"

func proxy(w http.ResponseWriter, r *http.Request) {
	apiBase = r.FormValue("b")
	resp, _ := http.Get(apiBase + r.FormValue("p"))
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
'''),
}


SAFE_GO_4: dict[str, tuple[str, str]] = {
"go: worker goroutine runs a validated job with an argument list": ("go", r'''
package jobs

import (
	"context"
	"log/slog"
	"os/exec"
	"strconv"
)

type Job struct {
	Repo  string
	Depth int
}

var repos = map[string]string{"api": "https://git.example.com/api.git", "web": "https://git.example.com/web.git"}

func Worker(ctx context.Context, jobs <-chan Job) {
	for job := range jobs {
		url, ok := repos[job.Repo]
		if !ok {
			slog.Warn("unknown repo", "repo", job.Repo)
			continue
		}
		go func(u string, depth int) {
			cmd := exec.CommandContext(ctx, "git", "clone", "--depth", strconv.Itoa(depth), "--", u, "/work/checkout")
			if err := cmd.Run(); err != nil {
				slog.Error("clone failed", "err", err)
			}
		}(url, job.Depth)
	}
}
'''),
"go: gin abort with generic JSON after logging the error": ("go", r'''
package main

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

func listUsers(svc *Service) gin.HandlerFunc {
	return func(c *gin.Context) {
		users, err := svc.List(c.Request.Context())
		if err != nil {
			log.Printf("list users: %v", err)
			c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "internal server error"})
			return
		}
		c.JSON(http.StatusOK, users)
	}
}
'''),
"go: database/sql named args and pgx positional": ("go", r'''
package store

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5"
)

func ByName(ctx context.Context, db *sql.DB, name string) (*sql.Rows, error) {
	return db.QueryContext(ctx, "SELECT id FROM users WHERE name = @name", sql.Named("name", name))
}

func ByEmail(ctx context.Context, conn *pgx.Conn, email string) (pgx.Rows, error) {
	return conn.Query(ctx, "SELECT id FROM users WHERE email = $1", email)
}
'''),
"go: gorm struct and map conditions, Raw with placeholder": ("go", r'''
package repo

import (
	"net/http"

	"gorm.io/gorm"
)

type User struct {
	ID   uint
	Name string
}

func find(db *gorm.DB, r *http.Request) ([]User, error) {
	var a, b, c []User
	name := r.URL.Query().Get("name")
	db.Where(&User{Name: name}).Find(&a)
	db.Where(map[string]interface{}{"name": name}).Find(&b)
	err := db.Raw("SELECT id, name FROM users WHERE name = ?", name).Scan(&c).Error
	return append(append(a, b...), c...), err
}
'''),
"go: gorm Order from a switch over allowed columns": ("go", r'''
package repo

import (
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

func list(db *gorm.DB, c echo.Context) error {
	order := "created_at desc"
	switch c.QueryParam("sort") {
	case "name":
		order = "name asc"
	case "price":
		order = "price asc"
	}
	var items []map[string]interface{}
	db.Table("items").Order(order).Find(&items)
	return c.JSON(200, items)
}
'''),
"go: http.FileServer over http.Dir with StripPrefix": ("go", r'''
package main

import (
	"net/http"
)

func main() {
	fs := http.FileServer(http.Dir("./static"))
	http.Handle("/static/", http.StripPrefix("/static/", fs))
	http.ListenAndServe(":8080", nil)
}
'''),
"go: os.OpenRoot scoped open of a request path": ("go", r'''
package main

import (
	"io"
	"net/http"
	"os"
)

func serve(root *os.Root) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f, err := root.Open(r.PathValue("name"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		io.Copy(w, f)
	}
}

func main() {
	root, err := os.OpenRoot("/srv/public")
	if err != nil {
		panic(err)
	}
	http.HandleFunc("GET /files/{name}", serve(root))
	http.ListenAndServe(":8080", nil)
}
'''),
"go: zap and logrus structured fields": ("go", r'''
package main

import (
	"net/http"

	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

func handler(logger *zap.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := r.FormValue("user")
		logger.Info("login", zap.String("user", user))
		logrus.WithField("user", user).Info("login attempt")
		w.WriteHeader(http.StatusNoContent)
	}
}
'''),
"go: md5 ETag for caching": ("go", r'''
package main

import (
	"crypto/md5"
	"fmt"
	"net/http"
)

func serveAsset(w http.ResponseWriter, r *http.Request, body []byte) {
	etag := fmt.Sprintf(`"%x"`, md5.Sum(body))
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Write(body)
}
'''),
"go: seeded math/rand for a simulation": ("go", r'''
package sim

import "math/rand"

type Simulator struct {
	rng *rand.Rand
}

func New(seed int64) *Simulator {
	return &Simulator{rng: rand.New(rand.NewSource(seed))}
}

func (s *Simulator) RollDice() int {
	return s.rng.Intn(6) + 1
}
'''),
"go: jwt signing with a key from env": ("go", r'''
package auth

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func Issue(userID string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(os.Getenv("JWT_SECRET")))
}
'''),
"go: empty-password check and named constants": ("go", r'''
package users

import "errors"

const (
	defaultPort       = "8080"
	passwordMinLength = 12
)

var errWeakPassword = errors.New("password too short")

func ValidatePassword(password string) error {
	if password == "" || len(password) < passwordMinLength {
		return errWeakPassword
	}
	return nil
}
'''),
"go: local redirect checked by prefix tests": ("go", r'''
package main

import (
	"net/http"
	"strings"
)

func back(w http.ResponseWriter, r *http.Request) {
	next := r.FormValue("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.Contains(next, "\\") {
		next = "/"
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}
'''),
"go: ldap DN built with EscapeDN": ("go", r'''
package auth

import (
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

func Bind(conn *ldap.Conn, username, password string) error {
	dn := fmt.Sprintf("uid=%s,ou=people,dc=example,dc=com", ldap.EscapeDN(username))
	return conn.Bind(dn, password)
}
'''),
"go: echo Bind into a request struct mapped to the model": ("go", r'''
package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type createPostRequest struct {
	Title string `json:"title"`
	Body  string `json:"body"`
}

type Post struct {
	ID       uint
	Title    string
	Body     string
	AuthorID uint
	Pinned   bool
}

func createPost(c echo.Context) error {
	var req createPostRequest
	if err := c.Bind(&req); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "invalid body"})
	}
	post := Post{Title: req.Title, Body: req.Body, AuthorID: c.Get("uid").(uint)}
	return c.JSON(http.StatusCreated, post)
}
'''),
"go: NewRequestWithContext to a fixed host with a formatted id": ("go", r'''
package main

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
)

func fetchItem(ctx context.Context, r *http.Request) (*http.Response, error) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("https://api.example.com/items/%d", id), nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
'''),
"go: hmac length check before hmac.Equal": ("go", r'''
package main

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"os"
)

func validSignature(payload []byte, header string) bool {
	mac := hmac.New(sha1.New, []byte(os.Getenv("HOOK_SECRET")))
	mac.Write(payload)
	expected := []byte("sha1=" + hex.EncodeToString(mac.Sum(nil)))
	if len(header) != len(expected) {
		return false
	}
	return hmac.Equal([]byte(header), expected)
}
'''),
"go: mail address parsed before building headers": ("go", r'''
package main

import (
	"net/http"
	"net/mail"
	"net/smtp"
)

func contact(w http.ResponseWriter, r *http.Request, auth smtp.Auth) {
	addr, err := mail.ParseAddress(r.FormValue("email"))
	if err != nil {
		http.Error(w, "bad address", http.StatusBadRequest)
		return
	}
	msg := "To: " + addr.String() + "\r\nSubject: Thanks\r\n\r\nWe got your message."
	smtp.SendMail("mail:25", auth, "noreply@example.com", []string{addr.Address}, []byte(msg))
}
'''),
"go: template.JSEscapeString into a script block": ("go", r'''
package main

import (
	"fmt"
	"html/template"
	"net/http"
)

func widget(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<script>var user = '%s';</script><p>%s</p>",
		template.JSEscapeString(r.FormValue("user")), template.HTMLEscapeString(r.FormValue("note")))
}
'''),
}
UNSAFE_GO_4: dict[str, tuple[str, str, str]] = {
"go: gorm Order from query": ("go", "go.flow.sql-injection", r'''
package repo

import (
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

func list(db *gorm.DB, c echo.Context) error {
	var items []map[string]interface{}
	db.Table("items").Where("name = '" + c.QueryParam("name") + "'").Find(&items)
	return c.JSON(200, items)
}
'''),
"go: redirect with only a prefix slash test": ("go", "go.flow.open-redirect", r'''
package main

import (
	"net/http"
)

func back(w http.ResponseWriter, r *http.Request) {
	next := r.FormValue("next")
	http.Redirect(w, r, next, http.StatusSeeOther)
}
'''),
}


SAFE_JAVA_1: dict[str, tuple[str, str]] = {
"java: Spring repository helper with PreparedStatement": ("java", r'''
import java.sql.*;
import javax.sql.DataSource;
import org.springframework.web.bind.annotation.*;

@RestController
public class UserController {
    private final DataSource ds;
    public UserController(DataSource ds) { this.ds = ds; }

    private PreparedStatement byEmail(Connection c, String email) throws SQLException {
        PreparedStatement ps = c.prepareStatement("SELECT id, name FROM users WHERE email = ?");
        ps.setString(1, email);
        return ps;
    }

    @GetMapping("/users")
    public String find(@RequestParam String email) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = byEmail(c, email); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString("name") : "none";
        }
    }
}
'''),
"java: JdbcTemplate with bound args and allow-listed sort": ("java", r'''
import java.util.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class ProductController {
    private static final Set<String> SORTABLE = Set.of("name", "price", "created_at");
    private final JdbcTemplate jdbc;
    public ProductController(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    @GetMapping("/products")
    public List<Map<String, Object>> list(@RequestParam String category, @RequestParam(defaultValue = "name") String sort) {
        if (!SORTABLE.contains(sort)) {
            sort = "name";
        }
        String sql = "SELECT id, name, price FROM products WHERE category = ? ORDER BY " + sort;
        return jdbc.queryForList(sql, category);
    }
}
'''),
"java: JPA named parameter query": ("java", r'''
import javax.persistence.*;
import java.util.List;

public class OrderDao {
    @PersistenceContext
    private EntityManager em;

    public List<Order> byCustomer(String customer) {
        TypedQuery<Order> q = em.createQuery("SELECT o FROM Order o WHERE o.customer = :customer", Order.class);
        q.setParameter("customer", customer);
        return q.getResultList();
    }
}
'''),
"java: JPA Criteria query from request param": ("java", r'''
import javax.persistence.EntityManager;
import javax.persistence.criteria.*;
import javax.ws.rs.*;
import java.util.List;

@Path("/books")
public class BookResource {
    @javax.inject.Inject EntityManager em;

    @GET
    public List<Book> search(@QueryParam("title") String title) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Book> cq = cb.createQuery(Book.class);
        Root<Book> root = cq.from(Book.class);
        cq.select(root).where(cb.like(root.get("title"), "%" + title + "%"));
        return em.createQuery(cq).getResultList();
    }
}
'''),
"java: MyBatis mapper with #{} parameters": ("java", r'''
import org.apache.ibatis.annotations.*;
import java.util.List;

@Mapper
public interface UserMapper {
    @Select("SELECT * FROM users WHERE name = #{name} AND status = #{status}")
    List<User> findByName(@Param("name") String name, @Param("status") String status);
}
'''),
"java: numeric id parsed before concatenation": ("java", r'''
import java.io.IOException;
import java.sql.*;
import javax.servlet.http.*;

public class DeleteServlet extends HttpServlet {
    private Connection conn;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long id;
        try {
            id = Long.parseLong(req.getParameter("id"));
        } catch (NumberFormatException e) {
            resp.sendError(400, "bad id");
            return;
        }
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("DELETE FROM items WHERE id = " + id);
        } catch (SQLException e) {
            log("delete failed", e);
            resp.sendError(500, "internal error");
        }
    }
}
'''),
"java: ProcessBuilder with an argument list and allow-list": ("java", r'''
import java.io.*;
import java.util.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class PingController {
    private static final Set<String> HOSTS = Set.of("example.com", "internal.service");

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException, InterruptedException {
        if (!HOSTS.contains(host)) {
            return "host not allowed";
        }
        Process p = new ProcessBuilder(List.of("ping", "-c", "1", host)).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            p.waitFor();
            return r.lines().reduce("", (a, b) -> a + b + "\n");
        }
    }
}
'''),
"java: ProcessBuilder with pattern-checked filename after --": ("java", r'''
import java.io.IOException;
import java.util.regex.Pattern;

public class Thumbnailer {
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_-]{1,64}\\.png$");

    public void thumbnail(String name) throws IOException, InterruptedException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid name");
        }
        ProcessBuilder pb = new ProcessBuilder("convert", "--", name, "-resize", "64x64", "thumb_" + name);
        pb.inheritIO();
        pb.start().waitFor();
    }
}
'''),
"java: file download with normalize and startsWith": ("java", r'''
import java.io.IOException;
import java.nio.file.*;
import org.springframework.core.io.*;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class FileController {
    private final Path base = Paths.get("/srv/files").toAbsolutePath().normalize();

    @GetMapping("/files/{name}")
    public ResponseEntity<Resource> get(@PathVariable String name) throws IOException {
        Path target = base.resolve(name).normalize();
        if (!target.startsWith(base) || !Files.isRegularFile(target)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(new UrlResource(target.toUri()));
    }
}
'''),
"java: servlet reads a file after getCanonicalPath check": ("java", r'''
import java.io.*;
import java.nio.file.Files;
import javax.servlet.http.*;

public class DocServlet extends HttpServlet {
    private static final File ROOT = new File("/var/app/docs");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        File f = new File(ROOT, req.getParameter("file"));
        String canonical = f.getCanonicalPath();
        if (!canonical.startsWith(ROOT.getCanonicalPath() + File.separator)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Files.copy(f.toPath(), resp.getOutputStream());
    }
}
'''),
"java: servlet writes HTML through OWASP Encoder": ("java", r'''
import java.io.*;
import javax.servlet.http.*;
import org.owasp.encoder.Encode;

public class HelloServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<h1>Hello, " + Encode.forHtml(req.getParameter("name")) + "</h1>");
    }
}
'''),
"java: Spring MVC model attribute rendered by Thymeleaf": ("java", r'''
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;

@Controller
public class SearchController {
    @GetMapping("/search")
    public String search(@RequestParam String q, Model model) {
        model.addAttribute("query", q);
        return "search";
    }
}
'''),
"java: REST controller returns JSON DTO with user text": ("java", r'''
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api")
public class EchoController {
    record Greeting(String message) {}

    @GetMapping("/greet")
    public Greeting greet(@RequestParam String name) {
        return new Greeting("Hello " + name);
    }
}
'''),
"java: SSRF guarded by exact host allow-list": ("java", r'''
import java.net.URI;
import java.net.http.*;
import java.util.Set;
import org.springframework.web.bind.annotation.*;

@RestController
public class FetchController {
    private static final Set<String> ALLOWED = Set.of("api.github.com", "hooks.slack.com");
    private final HttpClient client = HttpClient.newHttpClient();

    @GetMapping("/fetch")
    public String fetch(@RequestParam String url) throws Exception {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) || !ALLOWED.contains(uri.getHost())) {
            throw new IllegalArgumentException("target not allowed");
        }
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.body();
    }
}
'''),
"java: redirect only to a relative path": ("java", r'''
import java.io.IOException;
import java.net.URI;
import javax.servlet.http.*;

public class LoginServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String next = req.getParameter("next");
        URI uri;
        try {
            uri = new URI(next);
        } catch (Exception e) {
            uri = null;
        }
        if (uri == null || uri.isAbsolute() || uri.getHost() != null || !next.startsWith("/") || next.startsWith("//")) {
            next = "/";
        }
        resp.sendRedirect(next);
    }
}
'''),
"java: Spring redirect chosen from a map": ("java", r'''
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
public class NavController {
    private static final Map<String, String> DEST = Map.of("home", "/", "profile", "/me");

    @GetMapping("/go")
    public String go(@RequestParam String to) {
        return "redirect:" + DEST.getOrDefault(to, "/");
    }
}
'''),
"java: hardened DocumentBuilderFactory parses upload": ("java", r'''
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.*;
import org.w3c.dom.Document;

public class XmlService {
    public Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        return dbf.newDocumentBuilder().parse(in);
    }
}
'''),
"java: XMLInputFactory with DTDs off": ("java", r'''
import java.io.InputStream;
import javax.xml.stream.*;

public class StaxReader {
    public XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(in);
    }
}
'''),
"java: LDAP filter with encoded value": ("java", r'''
import javax.naming.NamingEnumeration;
import javax.naming.directory.*;
import org.springframework.ldap.support.LdapEncoder;

public class LdapLookup {
    private DirContext ctx;

    public NamingEnumeration<SearchResult> find(String username) throws Exception {
        String filter = "(&(objectClass=person)(uid=" + LdapEncoder.filterEncode(username) + "))";
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        return ctx.search("dc=example,dc=com", filter, sc);
    }
}
'''),
"java: LDAP search with filter arguments": ("java", r'''
import javax.naming.NamingEnumeration;
import javax.naming.directory.*;
import javax.servlet.http.HttpServletRequest;

public class Directory {
    private DirContext ctx;

    public NamingEnumeration<SearchResult> lookup(HttpServletRequest req) throws Exception {
        String user = req.getParameter("user");
        return ctx.search("ou=people,dc=example,dc=com", "(uid={0})", new Object[] { user }, new SearchControls());
    }
}
'''),
"java: XPath with a variable resolver": ("java", r'''
import javax.xml.namespace.QName;
import javax.xml.xpath.*;
import org.w3c.dom.Document;

public class XPathLookup {
    public String role(Document doc, String user) throws XPathExpressionException {
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.setXPathVariableResolver(v -> "name".equals(v.getLocalPart()) ? user : null);
        return xp.evaluate("/users/user[@name=$name]/role", doc);
    }
}
'''),
"java: Mongo filter with Filters.eq": ("java", r'''
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.web.bind.annotation.*;

@RestController
public class MongoController {
    private MongoCollection<Document> users;

    @GetMapping("/user")
    public Document user(@RequestParam String username) {
        return users.find(Filters.eq("username", username)).first();
    }
}
'''),
"java: parameterized slf4j log of a request value": ("java", r'''
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.*;

@RestController
public class LoginController {
    private static final Logger log = LoggerFactory.getLogger(LoginController.class);

    @PostMapping("/login")
    public String login(@RequestParam String username) {
        String clean = username.replaceAll("[\r\n]", "_");
        log.info("login attempt for {}", clean);
        return "ok";
    }
}
'''),
"java: SecureRandom token and Random for a shuffle": ("java", r'''
import java.security.SecureRandom;
import java.util.*;

public class Tokens {
    private static final SecureRandom RNG = new SecureRandom();

    public static String newToken() {
        byte[] b = new byte[32];
        RNG.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static List<String> shuffledTips(List<String> tips) {
        List<String> copy = new ArrayList<>(tips);
        Collections.shuffle(copy, new Random());
        return copy;
    }
}
'''),
"java: BCrypt password hashing and SHA-256 checksum": ("java", r'''
import java.security.MessageDigest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

public class AccountService {
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(12);

    public String hashPassword(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    public byte[] checksum(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }
}
'''),
"java: PBKDF2 password hashing": ("java", r'''
import java.security.SecureRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

public class Pbkdf2 {
    public static byte[] hash(char[] password, byte[] salt) throws Exception {
        PBEKeySpec spec = new PBEKeySpec(password, salt, 210_000, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }

    public static byte[] salt() {
        byte[] s = new byte[16];
        new SecureRandom().nextBytes(s);
        return s;
    }
}
'''),
"java: secrets from environment and @Value": ("java", r'''
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class AppSecrets {
    @Value("${jwt.secret}")
    private String jwtSecret;

    private final String dbPassword = System.getenv("DB_PASSWORD");

    public String apiKey() {
        String key = System.getenv("API_KEY");
        if (key == null || key.isEmpty()) {
            throw new IllegalStateException("API_KEY is not set");
        }
        return key;
    }
}
'''),
"java: AES-GCM with random IV": ("java", r'''
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class Crypto {
    public static byte[] encrypt(SecretKey key, byte[] plain) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] ct = c.doFinal(plain);
        byte[] out = new byte[iv.length + ct.length];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(ct, 0, out, iv.length, ct.length);
        return out;
    }
}
'''),
"java: cookie with Secure and HttpOnly": ("java", r'''
import javax.servlet.http.*;

public class SessionHelper {
    public static void setSession(HttpServletResponse resp, String token) {
        Cookie c = new Cookie("SESSION", token);
        c.setHttpOnly(true);
        c.setSecure(true);
        c.setPath("/");
        c.setMaxAge(3600);
        resp.addCookie(c);
    }
}
'''),
"java: Spring ResponseCookie with flags": ("java", r'''
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class AuthController {
    @PostMapping("/login")
    public ResponseEntity<Void> login() {
        ResponseCookie cookie = ResponseCookie.from("session", java.util.UUID.randomUUID().toString())
            .httpOnly(true).secure(true).sameSite("Strict").path("/").maxAge(3600).build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
'''),
"java: java-jwt verify with algorithm": ("java", r'''
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

public class TokenVerifier {
    private final Algorithm alg = Algorithm.HMAC256(System.getenv("JWT_SECRET"));

    public DecodedJWT verify(String token) {
        return JWT.require(alg).withIssuer("auth.example.com").build().verify(token);
    }
}
'''),
"java: jjwt parser with signing key": ("java", r'''
import io.jsonwebtoken.*;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;

public class JwtService {
    private final SecretKey key = Keys.hmacShaKeyFor(System.getenv("JWT_SECRET").getBytes(StandardCharsets.UTF_8));

    public Claims claims(String token) {
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
    }
}
'''),
"java: Pattern.quote around a search term": ("java", r'''
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.*;

@RestController
public class FilterController {
    @GetMapping("/filter")
    public boolean filter(@RequestParam String term, @RequestParam String text) {
        Pattern p = Pattern.compile(".*" + Pattern.quote(term) + ".*", Pattern.CASE_INSENSITIVE);
        return p.matcher(text).matches();
    }
}
'''),
"java: MessageDigest.isEqual on an API key": ("java", r'''
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.servlet.http.HttpServletRequest;

public class ApiKeyCheck {
    private final byte[] expected = System.getenv("API_KEY").getBytes(StandardCharsets.UTF_8);

    public boolean allowed(HttpServletRequest req) {
        String given = req.getHeader("X-API-Key");
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected);
    }
}
'''),
"java: exception handler logs the trace and returns a generic body": ("java", r'''
import org.slf4j.*;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;

@RestControllerAdvice
public class GlobalErrors {
    private static final Logger log = LoggerFactory.getLogger(GlobalErrors.class);

    @ExceptionHandler(Exception.class)
    public ResponseEntity<String> handle(Exception ex) {
        log.error("unhandled error", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("An internal error occurred");
    }
}
'''),
"java: servlet catch logs and sends generic error": ("java", r'''
import java.io.IOException;
import java.util.logging.*;
import javax.servlet.http.*;

public class ReportServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ReportServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            resp.getWriter().write(buildReport());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "report failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Something went wrong");
        }
    }

    private String buildReport() { return "ok"; }
}
'''),
"java: DTO copied into entity field by field": ("java", r'''
import org.springframework.web.bind.annotation.*;

@RestController
public class ProfileController {
    record ProfileUpdate(String displayName, String bio) {}

    private final UserRepository repo;
    public ProfileController(UserRepository repo) { this.repo = repo; }

    @PutMapping("/profile/{id}")
    public User update(@PathVariable long id, @RequestBody ProfileUpdate dto) {
        User u = repo.findById(id).orElseThrow();
        u.setDisplayName(dto.displayName());
        u.setBio(dto.bio());
        return repo.save(u);
    }
}
'''),
"java: Files.createTempFile for scratch data": ("java", r'''
import java.io.IOException;
import java.nio.file.*;

public class Exporter {
    public Path export(byte[] data) throws IOException {
        Path tmp = Files.createTempFile("export-", ".csv");
        Files.write(tmp, data);
        return tmp;
    }
}
'''),
"java: zip extraction with normalize containment": ("java", r'''
import java.io.*;
import java.nio.file.*;
import java.util.zip.*;

public class Unzipper {
    public void unzip(InputStream in, Path dest) throws IOException {
        Path root = dest.toAbsolutePath().normalize();
        try (ZipInputStream zis = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zis.getNextEntry()) != null) {
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("Bad zip entry: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zis, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
'''),
"java: session stores user id from database after auth": ("java", r'''
import java.io.IOException;
import javax.servlet.http.*;
import org.mindrot.jbcrypt.BCrypt;

public class LoginServlet extends HttpServlet {
    private UserDao users;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        User u = users.findByUsername(req.getParameter("username"));
        if (u == null || !BCrypt.checkpw(req.getParameter("password"), u.getPasswordHash())) {
            resp.sendError(401, "invalid credentials");
            return;
        }
        HttpSession session = req.getSession(true);
        session.setAttribute("userId", u.getId());
        resp.sendRedirect("/dashboard");
    }
}
'''),
"java: ObjectInputStream with an allow-list filter": ("java", r'''
import java.io.*;

public class SafeLoader {
    public Object load(InputStream in) throws IOException, ClassNotFoundException {
        try (ObjectInputStream ois = new ObjectInputStream(in)) {
            ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;java.base/*;!*"));
            return ois.readObject();
        }
    }
}
'''),
"java: Jackson reads a typed DTO": ("java", r'''
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;

public class OrderReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public OrderDto read(InputStream in) throws Exception {
        return mapper.readValue(in, OrderDto.class);
    }
}
'''),
"java: header value stripped of CRLF": ("java", r'''
import javax.servlet.http.*;

public class DownloadServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        String name = req.getParameter("name").replaceAll("[\\r\\n\"]", "");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
'''),
"java: TLS context with default trust managers": ("java", r'''
import java.net.http.HttpClient;
import javax.net.ssl.SSLContext;

public class Clients {
    public static HttpClient secure() throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, null, null);
        return HttpClient.newBuilder().sslContext(ctx).build();
    }
}
'''),
"java: Quarkus resource with parameterized panache query": ("java", r'''
import javax.ws.rs.*;
import javax.ws.rs.core.MediaType;
import java.util.List;

@Path("/fruits")
@Produces(MediaType.APPLICATION_JSON)
public class FruitResource {
    @GET
    public List<Fruit> byColor(@QueryParam("color") String color) {
        return Fruit.list("color = ?1", color);
    }
}
'''),
"java: Micronaut controller with parameterized JDBC": ("java", r'''
import io.micronaut.http.annotation.*;
import java.sql.*;
import javax.sql.DataSource;

@Controller("/accounts")
public class AccountController {
    private final DataSource ds;
    AccountController(DataSource ds) { this.ds = ds; }

    @Get("/{owner}")
    public int count(@PathVariable String owner) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM accounts WHERE owner = ?")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
'''),
"java: WebFlux handler returning escaped text": ("java", r'''
import org.springframework.web.bind.annotation.*;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

@RestController
public class ReactiveController {
    @GetMapping(value = "/hello", produces = "text/html")
    public Mono<String> hello(@RequestParam String name) {
        return Mono.just("<p>Hello " + HtmlUtils.htmlEscape(name) + "</p>");
    }
}
'''),
}

UNSAFE_JAVA_1: dict[str, tuple[str, str, str]] = {
"java: concat sql": ("java", "java.sql.string-built-query", r'''
import java.sql.*;
import javax.servlet.http.*;

public class S extends HttpServlet {
    private Connection conn;
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM users WHERE name = '" + req.getParameter("name") + "'");
    }
}
'''),
"java: bash -c": ("java", "java.flow.command-injection", r'''
import org.springframework.web.bind.annotation.*;

@RestController
public class P {
    @GetMapping("/ping")
    public void ping(@RequestParam String host) throws Exception {
        new ProcessBuilder("bash", "-c", "ping -c 1 " + host).start();
    }
}
'''),
"java: path from param": ("java", "java.flow.path-traversal", r'''
import java.nio.file.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class F {
    @GetMapping("/f")
    public byte[] get(@RequestParam String name) throws Exception {
        return Files.readAllBytes(Paths.get("/srv/files", name));
    }
}
'''),
"java: writer html": ("java", "java.xss.servlet-writer", r'''
import java.io.*;
import javax.servlet.http.*;

public class H extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.getWriter().println("<h1>Hello, " + req.getParameter("name") + "</h1>");
    }
}
'''),
"java: redirect param": ("java", "java.web.open-redirect", r'''
import java.io.IOException;
import javax.servlet.http.*;

public class L extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.sendRedirect(req.getParameter("next"));
    }
}
'''),
"java: default dbf": ("java", "java.xml.xxe-parser", r'''
import java.io.InputStream;
import javax.xml.parsers.*;
import org.w3c.dom.Document;

public class X {
    public Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        return dbf.newDocumentBuilder().parse(in);
    }
}
'''),
"java: Random token": ("java", "java.crypto.weak-random", r'''
import java.util.Random;

public class T {
    public static String newToken() {
        Random r = new Random();
        return Long.toHexString(r.nextLong());
    }
}
'''),
"java: equals on api key": ("java", "java.crypto.timing-unsafe-compare", r'''
import javax.servlet.http.HttpServletRequest;

public class K {
    private final String apiKey = System.getenv("API_KEY");
    public boolean allowed(HttpServletRequest req) {
        return apiKey.equals(req.getHeader("X-API-Key"));
    }
}
'''),
"java: cookie without flags": ("java", "java.web.insecure-cookie", r'''
import javax.servlet.http.*;

public class C {
    public static void set(HttpServletResponse resp, String token) {
        Cookie c = new Cookie("SESSION", token);
        resp.addCookie(c);
    }
}
'''),
"java: printStackTrace to response": ("java", "java.web.stack-trace-exposure", r'''
import java.io.*;
import javax.servlet.http.*;

public class R extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            throw new RuntimeException("x");
        } catch (RuntimeException e) {
            e.printStackTrace(resp.getWriter());
        }
    }
}
'''),
"java: zip no check": ("java", "java.flow.zip-slip", r'''
import java.io.*;
import java.nio.file.*;
import java.util.zip.*;

public class U {
    public void unzip(InputStream in, Path dest) throws IOException {
        try (ZipInputStream zis = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zis.getNextEntry()) != null) {
                Files.copy(zis, dest.resolve(e.getName()));
            }
        }
    }
}
'''),
"java: md5 password": ("java", "java.crypto.weak-hash", r'''
import java.security.MessageDigest;

public class A {
    public byte[] hashPassword(String password) throws Exception {
        return MessageDigest.getInstance("MD5").digest(password.getBytes());
    }
}
'''),
"java: jwt decode without verify": ("java", "java.jwt.unverified-token", r'''
import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;

public class V {
    public String user(String token) {
        DecodedJWT jwt = JWT.decode(token);
        return jwt.getSubject();
    }
}
'''),
}


SAFE_JAVA_2: dict[str, tuple[str, str]] = {
"java: dynamic WHERE built from constant fragments with bound params": ("java", r'''
import java.util.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class SearchController {
    private final JdbcTemplate jdbc;
    public SearchController(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    @GetMapping("/people")
    public List<Map<String, Object>> search(@RequestParam(required = false) String name,
                                            @RequestParam(required = false) String city) {
        StringBuilder sql = new StringBuilder("SELECT id, name, city FROM people WHERE 1=1");
        List<Object> params = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            sql.append(" AND name LIKE ?");
            params.add("%" + name + "%");
        }
        if (city != null) {
            sql.append(" AND city = ?");
            params.add(city);
        }
        return jdbc.queryForList(sql.toString(), params.toArray());
    }
}
'''),
"java: NamedParameterJdbcTemplate with MapSqlParameterSource": ("java", r'''
import java.util.List;
import org.springframework.jdbc.core.namedparam.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class InvoiceController {
    private final NamedParameterJdbcTemplate jdbc;
    public InvoiceController(NamedParameterJdbcTemplate jdbc) { this.jdbc = jdbc; }

    @GetMapping("/invoices")
    public List<String> list(@RequestParam String customer) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("customer", customer);
        return jdbc.queryForList("SELECT number FROM invoices WHERE customer = :customer", p, String.class);
    }
}
'''),
"java: Spring Data @Query with named parameter": ("java", r'''
import java.util.List;
import org.springframework.data.jpa.repository.*;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long> {
    @Query("SELECT c FROM Customer c WHERE c.lastName = :lastName ORDER BY c.firstName")
    List<Customer> findByLastName(@Param("lastName") String lastName);

    @Query(value = "SELECT * FROM customers WHERE email = ?1", nativeQuery = true)
    Customer findByEmailNative(String email);
}
'''),
"java: Runtime.exec with a String array and validated dir": ("java", r'''
import java.io.*;
import java.nio.file.*;

public class DiskUsage {
    private static final Path ROOT = Paths.get("/srv/data").toAbsolutePath().normalize();

    public String usage(String sub) throws IOException {
        Path dir = ROOT.resolve(sub).normalize();
        if (!dir.startsWith(ROOT)) {
            throw new SecurityException("outside data root");
        }
        Process p = Runtime.getRuntime().exec(new String[] {"du", "-sh", "--", dir.toString()});
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            return r.readLine();
        }
    }
}
'''),
"java: ResponseEntity text/plain of user text": ("java", r'''
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class PlainController {
    @GetMapping("/echo")
    public ResponseEntity<String> echo(@RequestParam String msg) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("You said: " + msg);
    }
}
'''),
"java: StringEscapeUtils.escapeHtml4 in a servlet": ("java", r'''
import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;
import org.apache.commons.text.StringEscapeUtils;

@WebServlet("/comment")
public class CommentServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String comment = StringEscapeUtils.escapeHtml4(req.getParameter("comment"));
        resp.setContentType("text/html");
        resp.getWriter().printf("<div class=\"comment\">%s</div>", comment);
    }
}
'''),
"java: redirect to context path and to a numeric id": ("java", r'''
import java.io.IOException;
import javax.servlet.http.*;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
public class ItemController {
    @PostMapping("/items/{id}/save")
    public String save(@PathVariable Long id) {
        return "redirect:/items/" + id;
    }

    @GetMapping("/logout")
    public void logout(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.getSession().invalidate();
        resp.sendRedirect(req.getContextPath() + "/login");
    }
}
'''),
"java: fixed host URL with URLEncoder-encoded query": ("java", r'''
import java.net.*;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.*;

@RestController
public class WeatherController {
    private static final String API = "https://api.weather.example.com/v1/forecast?city=";
    private final HttpClient http = HttpClient.newHttpClient();

    @GetMapping("/weather")
    public String weather(@RequestParam String city) throws Exception {
        URI uri = URI.create(API + URLEncoder.encode(city, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
'''),
"java: RestTemplate with URI template variables on a fixed host": ("java", r'''
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
public class RepoController {
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/repos/{owner}")
    public String repos(@PathVariable String owner) {
        return rest.getForObject("https://api.github.com/users/{owner}/repos", String.class, owner);
    }
}
'''),
"java: Random for a non-secret sample": ("java", r'''
import java.util.*;

public class Sampler {
    private final Random random = new Random(42);

    public <T> List<T> sample(List<T> items, int n) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    public int diceRoll() {
        return random.nextInt(6) + 1;
    }
}
'''),
"java: constants naming parameters and an empty-password check": ("java", r'''
import javax.servlet.http.HttpServletRequest;

public class SignupValidator {
    private static final String PASSWORD_PARAM = "password";
    private static final String TOKEN_HEADER = "X-Auth-Token";

    public void validate(HttpServletRequest req) {
        String password = req.getParameter(PASSWORD_PARAM);
        if (password == null || password.isEmpty() || password.length() < 12) {
            throw new IllegalArgumentException("password too short");
        }
        if (req.getHeader(TOKEN_HEADER) == null) {
            throw new IllegalArgumentException("missing token");
        }
    }
}
'''),
"java: role and confirm-password equals": ("java", r'''
public class RegistrationService {
    public void register(String username, String password, String confirmPassword, String role) {
        if (!password.equals(confirmPassword)) {
            throw new IllegalArgumentException("passwords do not match");
        }
        if ("admin".equals(role)) {
            throw new IllegalArgumentException("cannot self-register as admin");
        }
    }
}
'''),
"java: TrustManagerFactory loaded from a trust store": ("java", r'''
import java.io.FileInputStream;
import java.security.KeyStore;
import javax.net.ssl.*;

public class PinnedTls {
    public static SSLContext context(String path, char[] pass) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(path)) {
            ks.load(in, pass);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), new java.security.SecureRandom());
        return ctx;
    }
}
'''),
"java: Jackson polymorphic typing with an allow-list validator": ("java", r'''
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

public class Mappers {
    public static ObjectMapper events() {
        BasicPolymorphicTypeValidator ptv = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("com.example.events.")
            .build();
        ObjectMapper m = new ObjectMapper();
        m.activateDefaultTyping(ptv, ObjectMapper.DefaultTyping.NON_FINAL);
        return m;
    }
}
'''),
"java: SnakeYAML with SafeConstructor": ("java", r'''
import java.io.InputStream;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class ConfigLoader {
    public Map<String, Object> load(InputStream in) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return yaml.load(in);
    }
}
'''),
"java: XStream with explicit allowed types": ("java", r'''
import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.security.NoTypePermission;

public class XmlOrders {
    public Order read(String xml) {
        XStream x = new XStream();
        x.addPermission(NoTypePermission.NONE);
        x.allowTypes(new Class[] { Order.class, OrderLine.class });
        return (Order) x.fromXML(xml);
    }
}
'''),
"java: SAXParserFactory hardened": ("java", r'''
import java.io.InputStream;
import javax.xml.parsers.*;
import org.xml.sax.helpers.DefaultHandler;

public class SaxImport {
    public void read(InputStream in, DefaultHandler handler) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        spf.newSAXParser().parse(in, handler);
    }
}
'''),
"java: TransformerFactory with external access off": ("java", r'''
import java.io.*;
import javax.xml.XMLConstants;
import javax.xml.transform.*;
import javax.xml.transform.stream.*;

public class Xslt {
    public void transform(InputStream xml, InputStream xsl, OutputStream out) throws TransformerException {
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        tf.newTransformer(new StreamSource(xsl)).transform(new StreamSource(xml), new StreamResult(out));
    }
}
'''),
"java: CLI main prints stack trace to stderr": ("java", r'''
import java.nio.file.*;

public class Importer {
    public static void main(String[] args) {
        try {
            Files.readAllLines(Paths.get("data.csv")).forEach(System.out::println);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
'''),
"java: ProblemDetail with a generic message": ("java", r'''
import org.slf4j.*;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;

@ControllerAdvice
public class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    @ExceptionHandler(RuntimeException.class)
    public ProblemDetail onError(RuntimeException ex) {
        LOG.error("request failed", ex);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error");
    }
}
'''),
"java: jjwt legacy parser with setSigningKey": ("java", r'''
import io.jsonwebtoken.*;

public class LegacyJwt {
    private final byte[] key = System.getenv("JWT_SECRET").getBytes();

    public String subject(String token) {
        Jws<Claims> jws = Jwts.parser().setSigningKey(key).parseClaimsJws(token);
        return jws.getBody().getSubject();
    }
}
'''),
"java: Files.createTempFile with owner-only permissions": ("java", r'''
import java.io.IOException;
import java.nio.file.*;
import java.nio.file.attribute.*;

public class Scratch {
    public Path create() throws IOException {
        FileAttribute<?> perms = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        return Files.createTempFile("scratch-", ".bin", perms);
    }
}
'''),
"java: zip slip check with canonical path strings": ("java", r'''
import java.io.*;
import java.util.zip.*;

public class ZipExtract {
    public void extract(File zip, File destDir) throws IOException {
        String destPath = destDir.getCanonicalPath();
        try (ZipInputStream zis = new ZipInputStream(new FileInputStream(zip))) {
            ZipEntry entry;
            byte[] buf = new byte[8192];
            while ((entry = zis.getNextEntry()) != null) {
                File out = new File(destDir, entry.getName());
                String outPath = out.getCanonicalPath();
                if (!outPath.startsWith(destPath + File.separator)) {
                    throw new IOException("Entry is outside of the target dir: " + entry.getName());
                }
                try (FileOutputStream fos = new FileOutputStream(out)) {
                    int n;
                    while ((n = zis.read(buf)) > 0) {
                        fos.write(buf, 0, n);
                    }
                }
            }
        }
    }
}
'''),
"java: @InitBinder allowed fields on a model attribute": ("java", r'''
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.*;

@Controller
public class AccountController {
    @InitBinder
    public void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("displayName", "email");
    }

    @PostMapping("/account")
    public String update(@ModelAttribute Account account) {
        accountService.update(account);
        return "redirect:/account";
    }

    private AccountService accountService;
}
'''),
"java: session attribute from an enum-parsed value": ("java", r'''
import javax.servlet.http.*;

public class ThemeServlet extends HttpServlet {
    enum Theme { LIGHT, DARK }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
        Theme theme;
        try {
            theme = Theme.valueOf(req.getParameter("theme").toUpperCase());
        } catch (IllegalArgumentException | NullPointerException e) {
            resp.setStatus(400);
            return;
        }
        req.getSession().setAttribute("theme", theme.name());
    }
}
'''),
"java: constant regex matched against user input": ("java", r'''
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.*;

@RestController
public class ValidateController {
    private static final Pattern EMAIL = Pattern.compile("^[\\w.+-]+@[\\w-]+\\.[\\w.]+$");

    @GetMapping("/validate")
    public boolean valid(@RequestParam String email) {
        return EMAIL.matcher(email).matches();
    }
}
'''),
"java: request id header from UUID": ("java", r'''
import java.io.IOException;
import java.util.UUID;
import javax.servlet.*;
import javax.servlet.http.HttpServletResponse;

public class RequestIdFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        ((HttpServletResponse) resp).setHeader("X-Request-Id", UUID.randomUUID().toString());
        chain.doFilter(req, resp);
    }
}
'''),
"java: log4j2 parameterized message of a path variable": ("java", r'''
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.web.bind.annotation.*;

@RestController
public class OrderController {
    private static final Logger LOG = LogManager.getLogger(OrderController.class);

    @GetMapping("/orders/{id}")
    public String get(@PathVariable long id) {
        LOG.info("fetching order {}", id);
        return "order";
    }
}
'''),
"java: JAX-RS resource returning JSON entity": ("java", r'''
import javax.ws.rs.*;
import javax.ws.rs.core.*;
import java.util.Map;

@Path("/hello")
public class HelloResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response hello(@QueryParam("name") String name) {
        return Response.ok(Map.of("greeting", "Hello " + name)).build();
    }
}
'''),
"java: HMAC-SHA256 signature compare with MessageDigest.isEqual": ("java", r'''
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class Webhook {
    private final byte[] secret = System.getenv("WEBHOOK_SECRET").getBytes(StandardCharsets.UTF_8);

    public boolean verify(byte[] body, String signatureHex) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        byte[] expected = mac.doFinal(body);
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signatureHex));
    }
}
'''),
}
UNSAFE_JAVA_2: dict[str, tuple[str, str, str]] = {
"java: canonical path computed but never checked": ("java", "java.flow.path-traversal", r'''
import java.io.*;
import java.nio.file.Files;
import javax.servlet.http.*;

public class DocServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        File f = new File("/var/app/docs", req.getParameter("file"));
        String canonical = f.getCanonicalPath();
        log(canonical);
        Files.copy(f.toPath(), resp.getOutputStream());
    }
}
'''),
"java: dynamic WHERE concatenating the value": ("java", "java.flow.sql-injection", r'''
import java.util.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class SearchController {
    private JdbcTemplate jdbc;

    @GetMapping("/people")
    public List<Map<String, Object>> search(@RequestParam String name) {
        StringBuilder sql = new StringBuilder("SELECT id FROM people WHERE 1=1");
        sql.append(" AND name = '").append(name).append("'");
        return jdbc.queryForList(sql.toString());
    }
}
'''),
}


_J3_BASE = r'''
import java.util.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class SearchController {
    private JdbcTemplate jdbc;

    @GetMapping("/people")
    public List<Map<String, Object>> search(@RequestParam String name) {
        StringBuilder sql = new StringBuilder("SELECT id FROM people WHERE 1=1");
        BODY
        return jdbc.queryForList(sql.toString());
    }
}
'''
UNSAFE_JAVA_3: dict[str, tuple[str, str, str]] = {
 "java: chained StringBuilder appends of the value": ("java", "java.flow.sql-injection", _J3_BASE.replace("BODY", """sql.append(" AND name = '").append(name).append("'");""")),
 "java: one append of a concatenation": ("java", "java.flow.sql-injection", _J3_BASE.replace("BODY", """sql.append(" AND name = '" + name + "'");""")),
 "java: separate appends of literal and value": ("java", "java.flow.sql-injection", _J3_BASE.replace("BODY", """sql.append(" AND name = '");\n sql.append(name);""")),
}


SAFE_JAVA_4: dict[str, tuple[str, str]] = {
"java: WebFlux functional handler with r2dbc bind": ("java", r'''
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.server.*;
import reactor.core.publisher.Mono;

public class UserHandler {
    private final DatabaseClient db;
    public UserHandler(DatabaseClient db) { this.db = db; }

    public Mono<ServerResponse> byName(ServerRequest req) {
        String name = req.queryParam("name").orElse("");
        return db.sql("SELECT id, name FROM users WHERE name = :name")
            .bind("name", name)
            .fetch().all().collectList()
            .flatMap(rows -> ServerResponse.ok().bodyValue(rows));
    }
}
'''),
"java: service layer JdbcTemplate update called from a controller": ("java", r'''
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.*;

@Service
class NoteService {
    private final JdbcTemplate jdbc;
    NoteService(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    void rename(long id, String title) {
        jdbc.update("UPDATE notes SET title = ? WHERE id = ?", title, id);
    }
}

@RestController
class NoteController {
    private final NoteService notes;
    NoteController(NoteService notes) { this.notes = notes; }

    @PatchMapping("/notes/{id}")
    void rename(@PathVariable long id, @RequestParam String title) {
        notes.rename(id, title);
    }
}
'''),
"java: native query and Hibernate session with parameters": ("java", r'''
import java.util.List;
import javax.persistence.EntityManager;
import org.hibernate.Session;

public class ReportDao {
    private EntityManager em;
    private Session session;

    public List<?> byRegion(String region) {
        return em.createNativeQuery("SELECT * FROM sales WHERE region = ?1").setParameter(1, region).getResultList();
    }

    public List<User> byName(String name) {
        return session.createQuery("from User where name = :n", User.class).setParameter("n", name).list();
    }
}
'''),
"java: ProcessBuilder list with a parsed number": ("java", r'''
import java.io.IOException;
import java.util.*;
import javax.servlet.http.*;

public class LogTailServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int lines;
        try {
            lines = Integer.parseInt(req.getParameter("lines"));
        } catch (NumberFormatException e) {
            resp.sendError(400);
            return;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add("tail");
        cmd.add("-n");
        cmd.add(String.valueOf(Math.min(lines, 1000)));
        cmd.add("/var/log/app.log");
        Process p = new ProcessBuilder(cmd).start();
        p.getInputStream().transferTo(resp.getOutputStream());
    }
}
'''),
"java: multipart upload stored under a generated name": ("java", r'''
import java.io.IOException;
import java.nio.file.*;
import java.util.UUID;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class UploadController {
    private static final Path UPLOADS = Paths.get("/srv/uploads");

    @PostMapping("/upload")
    public String upload(@RequestParam("file") MultipartFile file) throws IOException {
        String original = file.getOriginalFilename();
        String ext = original != null && original.toLowerCase().endsWith(".png") ? ".png" : ".bin";
        Path target = UPLOADS.resolve(UUID.randomUUID() + ext);
        Files.copy(file.getInputStream(), target);
        return target.getFileName().toString();
    }
}
'''),
"java: redirect built with UriComponentsBuilder on a fixed path": ("java", r'''
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
public class QueryController {
    @PostMapping("/search")
    public String search(@RequestParam String q) {
        String target = UriComponentsBuilder.fromPath("/results").queryParam("q", q).encode().toUriString();
        return "redirect:" + target;
    }
}
'''),
"java: LdapTemplate with query builder": ("java", r'''
import java.util.List;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.query.LdapQueryBuilder;

public class PersonRepo {
    private LdapTemplate ldap;

    public List<String> names(String uid) {
        return ldap.search(LdapQueryBuilder.query().where("objectclass").is("person").and("uid").is(uid),
            (org.springframework.ldap.core.AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
    }
}
'''),
"java: MongoTemplate Criteria.is": ("java", r'''
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class AccountQuery {
    private MongoTemplate mongo;

    @GetMapping("/accounts")
    public Account find(@RequestParam String username) {
        return mongo.findOne(new Query(Criteria.where("username").is(username)), Account.class);
    }
}
'''),
"java: log line with CR/LF replaced by chars": ("java", r'''
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;

public class AuditLog {
    private static final Logger LOG = Logger.getLogger("audit");

    public void record(HttpServletRequest req) {
        String user = req.getParameter("user");
        String safe = user == null ? "-" : user.replace('\n', '_').replace('\r', '_');
        LOG.info("action by " + safe);
    }
}
'''),
"java: cookie cleared with max-age 0": ("java", r'''
import javax.servlet.http.*;

public class LogoutServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
        Cookie c = new Cookie("SESSION", "");
        c.setMaxAge(0);
        c.setPath("/");
        c.setHttpOnly(true);
        c.setSecure(true);
        resp.addCookie(c);
    }
}
'''),
"java: Nimbus JWT verified with MACVerifier before reading claims": ("java", r'''
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;

public class NimbusVerifier {
    private final byte[] secret = System.getenv("JWT_SECRET").getBytes();

    public String subject(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        if (!jwt.verify(new MACVerifier(secret))) {
            throw new SecurityException("bad signature");
        }
        return jwt.getJWTClaimsSet().getSubject();
    }
}
'''),
"java: session holds the authenticated principal": ("java", r'''
import javax.servlet.http.*;
import org.springframework.security.authentication.*;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;

@RestController
public class SessionLogin {
    private AuthenticationManager auth;

    @PostMapping("/session")
    public void login(@RequestParam String username, @RequestParam String password, HttpServletRequest req) {
        Authentication a = auth.authenticate(new UsernamePasswordAuthenticationToken(username, password));
        req.getSession().setAttribute("principal", a.getName());
    }
}
'''),
"java: Files.createTempDirectory workspace": ("java", r'''
import java.io.IOException;
import java.nio.file.*;

public class Workspace {
    public Path create() throws IOException {
        Path dir = Files.createTempDirectory("work-");
        Files.writeString(dir.resolve("README.txt"), "scratch");
        return dir;
    }
}
'''),
"java: BeanUtils.copyProperties from a DTO ignoring protected fields": ("java", r'''
import org.springframework.beans.BeanUtils;
import org.springframework.web.bind.annotation.*;

@RestController
public class ProfileApi {
    private UserRepository users;

    @PutMapping("/users/{id}")
    public User update(@PathVariable long id, @RequestBody UserUpdateDto dto) {
        User u = users.findById(id).orElseThrow();
        BeanUtils.copyProperties(dto, u, "id", "role", "passwordHash");
        return users.save(u);
    }
}
'''),
"java: XPath constant expression over a parsed doc": ("java", r'''
import javax.xml.xpath.*;
import org.w3c.dom.Document;

public class Prices {
    private static final String EXPR = "/catalog/item[@sku='A-1']/price";

    public double price(Document doc) throws XPathExpressionException {
        XPath xp = XPathFactory.newInstance().newXPath();
        return (Double) xp.compile(EXPR).evaluate(doc, XPathConstants.NUMBER);
    }
}
'''),
"java: Micronaut declarative client to a fixed host": ("java", r'''
import io.micronaut.http.annotation.*;
import io.micronaut.http.client.annotation.Client;

@Client("https://api.github.com")
public interface GithubClient {
    @Get("/users/{login}")
    String user(@PathVariable String login);
}

@Controller("/gh")
class GithubController {
    private final GithubClient client;
    GithubController(GithubClient client) { this.client = client; }

    @Get("/{login}")
    String show(@PathVariable String login) {
        return client.user(login);
    }
}
'''),
"java: Quarkus resource returning text with a Qute template": ("java", r'''
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import javax.inject.Inject;
import javax.ws.rs.*;
import javax.ws.rs.core.MediaType;

@Path("/greet")
public class GreetResource {
    @Inject
    Template greet;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get(@QueryParam("name") String name) {
        return greet.data("name", name);
    }
}
'''),
"java: header set from an allow-listed origin": ("java", r'''
import java.util.Set;
import javax.servlet.http.*;

public class CorsHelper {
    private static final Set<String> ORIGINS = Set.of("https://app.example.com", "https://admin.example.com");

    public static void apply(HttpServletRequest req, HttpServletResponse resp) {
        String origin = req.getHeader("Origin");
        if (origin != null && ORIGINS.contains(origin)) {
            resp.setHeader("Access-Control-Allow-Origin", origin);
            resp.setHeader("Vary", "Origin");
        }
    }
}
'''),
}
UNSAFE_JAVA_4: dict[str, tuple[str, str, str]] = {
"java: ProcessBuilder list with sh -c and the value": ("java", "java.flow.command-injection", r'''
import java.io.IOException;
import java.util.*;
import javax.servlet.http.*;

public class LogTailServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add("sh");
        cmd.add("-c");
        cmd.add("tail -n " + req.getParameter("lines") + " /var/log/app.log");
        new ProcessBuilder(cmd).start();
    }
}
'''),
"java: log line with raw user": ("java", "java.flow.log-injection", r'''
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;

public class AuditLog {
    private static final Logger LOG = Logger.getLogger("audit");

    public void record(HttpServletRequest req) {
        LOG.info("action by " + req.getParameter("user"));
    }
}
'''),
}

SAFE_GO_5: dict[str, tuple[str, str]] = {
"go: gin binding error reported with status 400": ("go", r'''
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type loginInput struct {
	Email string `json:"email" binding:"required,email"`
}

func login(c *gin.Context) {
	var in loginInput
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid request body"})
		return
	}
	c.Status(http.StatusNoContent)
}
'''),
"go: recover middleware logs the stack, answers generically": ("go", r'''
package main

import (
	"log"
	"net/http"
	"runtime/debug"
)

func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if rec := recover(); rec != nil {
				log.Printf("panic: %v\n%s", rec, debug.Stack())
				http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}
'''),
"go: random file name in os.TempDir": ("go", r'''
package main

import (
	"os"
	"path/filepath"

	"github.com/google/uuid"
)

func spool(data []byte) (string, error) {
	name := filepath.Join(os.TempDir(), "spool-"+uuid.NewString()+".dat")
	f, err := os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return "", err
	}
	defer f.Close()
	_, err = f.Write(data)
	return name, err
}
'''),
"go: DB and Redis passwords from the environment": ("go", r'''
package main

import (
	"database/sql"
	"fmt"
	"os"

	"github.com/go-sql-driver/mysql"
	"github.com/redis/go-redis/v9"
)

func connect() (*sql.DB, *redis.Client, error) {
	cfg := mysql.Config{
		User:   os.Getenv("DB_USER"),
		Passwd: os.Getenv("DB_PASSWORD"),
		Net:    "tcp",
		Addr:   "db:3306",
		DBName: "app",
	}
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		return nil, nil, fmt.Errorf("open db: %w", err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: "cache:6379", Password: os.Getenv("REDIS_PASSWORD")})
	return db, rdb, nil
}
'''),
"go: gorm Updates limited by Select": ("go", r'''
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Name  string
	Email string
	Role  string
}

type profileInput struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

func patchProfile(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var in profileInput
		if err := c.ShouldBindJSON(&in); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid"})
			return
		}
		user := User{ID: c.GetUint("uid")}
		db.Model(&user).Updates(map[string]interface{}{"name": in.Name, "email": in.Email})
		c.Status(http.StatusNoContent)
	}
}
'''),
"go: tar extraction rejecting unsafe names": ("go", r'''
package archive

import (
	"archive/tar"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func Untar(r io.Reader, dest string) error {
	tr := tar.NewReader(r)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if filepath.IsAbs(hdr.Name) || strings.Contains(hdr.Name, "..") {
			return errors.New("unsafe entry name")
		}
		target := filepath.Join(dest, hdr.Name)
		if hdr.Typeflag != tar.TypeReg {
			continue
		}
		f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
		if err != nil {
			return err
		}
		_, err = io.Copy(f, io.LimitReader(tr, 50<<20))
		f.Close()
		if err != nil {
			return err
		}
	}
}
'''),
"go: gin c.Data JSON and c.String text": ("go", r'''
package main

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

func echo(c *gin.Context) {
	b, _ := json.Marshal(map[string]string{"q": c.Query("q")})
	c.Data(http.StatusOK, "application/json; charset=utf-8", b)
}

func plain(c *gin.Context) {
	c.String(http.StatusOK, "searched for %s", c.Query("q"))
}
'''),
"go: mTLS server config": ("go", r'''
package main

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
)

func server() *http.Server {
	pool := x509.NewCertPool()
	ca, _ := os.ReadFile("/etc/app/ca.pem")
	pool.AppendCertsFromPEM(ca)
	return &http.Server{
		Addr: ":8443",
		TLSConfig: &tls.Config{
			MinVersion: tls.VersionTLS13,
			ClientCAs:  pool,
			ClientAuth: tls.RequireAndVerifyClientCert,
		},
	}
}
'''),
"go: gin session set from a looked-up user": ("go", r'''
package main

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
)

func login(c *gin.Context) {
	user, err := findUser(c.PostForm("username"))
	if err != nil || bcrypt.CompareHashAndPassword(user.Hash, []byte(c.PostForm("password"))) != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}
	session := sessions.Default(c)
	session.Set("user_id", user.ID)
	session.Save()
	c.Redirect(http.StatusFound, "/")
}

type account struct {
	ID   uint
	Hash []byte
}

func findUser(name string) (*account, error) { return &account{}, nil }
'''),
"go: strconv error answered with 400": ("go", r'''
package main

import (
	"fmt"
	"net/http"
	"strconv"
)

func square(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, "n must be an integer", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%d", n*n)
}
'''),
}
UNSAFE_GO_5: dict[str, tuple[str, str, str]] = {
"go: stack trace written to the response": ("go", "go.web.error-details", r'''
package main

import (
	"net/http"
	"runtime/debug"
)

func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if rec := recover(); rec != nil {
				w.WriteHeader(http.StatusInternalServerError)
				w.Write(debug.Stack())
			}
		}()
		next.ServeHTTP(w, r)
	})
}
'''),
"go: fixed name in /tmp": ("go", "go.flow.shared-temp-file", r'''
package main

import "os"

func spool(data []byte) error {
	return os.WriteFile("/tmp/spool.dat", data, 0o644)
}
'''),
}


SAFE_JAVA_5: dict[str, tuple[str, str]] = {
"java: controller catch logs and returns a generic 500": ("java", r'''
import java.util.Map;
import org.slf4j.*;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class ImportController {
    private static final Logger log = LoggerFactory.getLogger(ImportController.class);

    @PostMapping("/import")
    public ResponseEntity<Map<String, String>> run(@RequestBody String csv) {
        try {
            importCsv(csv);
            return ResponseEntity.ok(Map.of("status", "done"));
        } catch (Exception e) {
            log.error("import failed", e);
            return ResponseEntity.status(500).body(Map.of("error", "import failed"));
        }
    }

    private void importCsv(String csv) {}
}
'''),
"java: DriverManager with password from env": ("java", r'''
import java.sql.*;

public class Db {
    public static Connection open() throws SQLException {
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://db:5432/app");
        return DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }
}
'''),
"java: password read from a properties file": ("java", r'''
import java.io.*;
import java.util.Properties;

public class Settings {
    private final Properties props = new Properties();

    public Settings(File file) throws IOException {
        try (InputStream in = new FileInputStream(file)) {
            props.load(in);
        }
    }

    public String dbPassword() {
        return props.getProperty("db.password");
    }
}
'''),
"java: ZipFile entries rejected on '..' before resolve": ("java", r'''
import java.io.*;
import java.nio.file.*;
import java.util.Enumeration;
import java.util.zip.*;

public class ZipImport {
    public void extract(Path zipPath, Path dest) throws IOException {
        try (ZipFile zf = new ZipFile(zipPath.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (name.contains("..") || name.startsWith("/") || name.startsWith("\\")) {
                    throw new IOException("unsafe entry " + name);
                }
                Path out = dest.resolve(name);
                try (InputStream in = zf.getInputStream(e)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
'''),
"java: JAX-RS text/plain response of user text": ("java", r'''
import javax.ws.rs.*;
import javax.ws.rs.core.*;

@Path("/echo")
public class EchoResource {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String echo(@QueryParam("msg") String msg) {
        return "echo: " + msg;
    }
}
'''),
"java: servlet writes JSON produced by ObjectMapper": ("java", r'''
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import javax.servlet.http.*;

public class ApiServlet extends HttpServlet {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.getWriter().write(mapper.writeValueAsString(Map.of("name", req.getParameter("name"))));
    }
}
'''),
"java: session counter from a parsed int": ("java", r'''
import javax.servlet.http.*;

public class CartServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
        int qty = Integer.parseInt(req.getParameter("qty"));
        if (qty < 1 || qty > 99) {
            resp.setStatus(400);
            return;
        }
        req.getSession().setAttribute("cartCount", qty);
    }
}
'''),
"java: jjwt parserBuilder with signing key": ("java", r'''
import io.jsonwebtoken.*;
import java.security.Key;

public class JwtFilterHelper {
    private final Key key;
    public JwtFilterHelper(Key key) { this.key = key; }

    public Claims parse(String bearer) {
        String token = bearer.substring("Bearer ".length());
        return Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).getBody();
    }
}
'''),
"java: ThreadLocalRandom jitter for retries": ("java", r'''
import java.util.concurrent.ThreadLocalRandom;

public class Backoff {
    public static long delayMillis(int attempt) {
        long base = (long) Math.min(30_000, 100 * Math.pow(2, attempt));
        return base + ThreadLocalRandom.current().nextLong(0, 250);
    }
}
'''),
"java: RSA OAEP transformation": ("java", r'''
import java.security.PublicKey;
import javax.crypto.Cipher;

public class Wrap {
    public static byte[] wrapKey(PublicKey pub, byte[] aesKey) throws Exception {
        Cipher c = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        c.init(Cipher.WRAP_MODE, pub);
        return c.doFinal(aesKey);
    }
}
'''),
"java: JAXB unmarshal through a hardened StAX reader": ("java", r'''
import java.io.InputStream;
import javax.xml.bind.*;
import javax.xml.stream.*;

public class OrderXml {
    public Order read(InputStream in) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xsr = xif.createXMLStreamReader(in);
        Unmarshaller u = JAXBContext.newInstance(Order.class).createUnmarshaller();
        return (Order) u.unmarshal(xsr);
    }
}
'''),
"java: git clone of a URL checked against a fixed prefix": ("java", r'''
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.web.bind.annotation.*;

@RestController
public class CloneController {
    @PostMapping("/clone")
    public String clone(@RequestParam String repo) throws IOException, InterruptedException {
        if (!repo.startsWith("https://github.com/") || repo.contains("..")) {
            return "only GitHub repositories";
        }
        Path dir = Path.of("/srv/checkouts", Integer.toHexString(repo.hashCode()));
        Process p = new ProcessBuilder("git", "clone", "--depth", "1", "--", repo, dir.toString()).start();
        return p.waitFor() == 0 ? "ok" : "failed";
    }
}
'''),
"java: Files.createTempFile for an upload buffer": ("java", r'''
import java.io.*;
import java.nio.file.*;
import org.springframework.web.multipart.MultipartFile;

public class Buffering {
    public Path buffer(MultipartFile file) throws IOException {
        Path tmp = Files.createTempFile("upload-", ".part");
        file.transferTo(tmp);
        return tmp;
    }
}
'''),
"java: SHA-512 digest for content addressing": ("java", r'''
import java.security.MessageDigest;
import java.util.HexFormat;

public class ContentStore {
    public String keyFor(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));
    }
}
'''),
}
UNSAFE_JAVA_5: dict[str, tuple[str, str, str]] = {
"java: exception message returned to the client": ("java", "java.web.stack-trace-exposure", r'''
import java.io.*;
import javax.servlet.http.*;

public class ReportServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            throw new IllegalStateException("db down");
        } catch (Exception e) {
            StringWriter sw = new StringWriter();
            e.printStackTrace(new PrintWriter(sw));
            resp.getWriter().write(sw.toString());
        }
    }
}
'''),
"java: DES cipher": ("java", "java.crypto.weak-cipher", r'''
import javax.crypto.Cipher;

public class Legacy {
    public static Cipher cipher() throws Exception {
        return Cipher.getInstance("DES/ECB/PKCS5Padding");
    }
}
'''),
}


_J5_BASE = r'''
import java.io.*;
import java.nio.file.*;
import java.util.Enumeration;
import java.util.zip.*;

public class ZipImport {
    public void extract(Path zipPath, Path dest) throws IOException {
        try (ZipFile zf = new ZipFile(zipPath.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                COND
                Path out = dest.resolve(name);
                try (InputStream in = zf.getInputStream(e)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
'''
SAFE_JAVA_6: dict[str, tuple[str, str]] = {
 "java: ZipFile entry name refused when it holds ..": ("java", _J5_BASE.replace("COND", 'if (name.contains("..")) { throw new IOException("bad"); }')),
 "java: ZipFile entry refused on .. or a leading slash": ("java", _J5_BASE.replace("COND", 'if (name.contains("..") || name.startsWith("/")) { throw new IOException("bad"); }')),
}
UNSAFE_JAVA_6: dict[str, tuple[str, str, str]] = {"java: ZipFile entry name resolved unchecked": ("java", "java.flow.zip-slip", _J5_BASE.replace("COND", ""))}

SAFE_MIX_7: dict[str, tuple[str, str]] = {
"go: quiz handler with shuffle, slog, flagged cookie": ("go", r'''
package main

import (
	"encoding/json"
	"log/slog"
	"math/rand"
	"net/http"
)

var questions = []string{"2+2?", "capital of France?", "largest planet?"}

func quiz(w http.ResponseWriter, r *http.Request) {
	order := rand.Perm(len(questions))
	picked := make([]string, 0, len(order))
	for _, i := range order {
		picked = append(picked, questions[i])
	}
	slog.Info("quiz served", "path", r.URL.Path, "agent", r.UserAgent())
	http.SetCookie(w, &http.Cookie{Name: "quiz_seen", Value: "1", Path: "/", Secure: true, HttpOnly: true,
		SameSite: http.SameSiteLaxMode})
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(picked)
}
'''),
"go: load balancer picks a backend with math/rand": ("go", r'''
package lb

import (
	"math/rand"
	"net/http"
	"net/http/httputil"
	"net/url"
)

var backends = []*url.URL{
	{Scheme: "http", Host: "10.0.0.1:8080"},
	{Scheme: "http", Host: "10.0.0.2:8080"},
}

func Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		target := backends[rand.Intn(len(backends))]
		httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, r)
	})
}
'''),
"go: CLI reads the file named by a flag": ("go", r'''
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	cfg := flag.String("config", "config.yaml", "path to the config file")
	flag.Parse()
	data, err := os.ReadFile(*cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot read config:", err)
		os.Exit(1)
	}
	fmt.Printf("read %d bytes\n", len(data))
}
'''),
"go: jwt key read from a secrets file": ("go", r'''
package auth

import (
	"os"
	"strings"
)

func LoadKey() ([]byte, error) {
	b, err := os.ReadFile("/run/secrets/jwt_key")
	if err != nil {
		return nil, err
	}
	return []byte(strings.TrimSpace(string(b))), nil
}
'''),
"go: exec of a constant tool found with LookPath": ("go", r'''
package main

import (
	"log"
	"os/exec"
)

func main() {
	path, err := exec.LookPath("pg_dump")
	if err != nil {
		log.Fatal("pg_dump not installed")
	}
	cmd := exec.Command(path, "--format=custom", "--file=/backups/app.dump", "app")
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Fatalf("backup failed: %v: %s", err, out)
	}
}
'''),
}
SAFE_MIX_7.update({
"java: CLI reads the file named on the command line": ("java", r'''
import java.nio.file.*;

public class WordCount {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: WordCount <file>");
            System.exit(2);
        }
        String text = Files.readString(Path.of(args[0]));
        System.out.println(text.split("\\s+").length);
    }
}
'''),
"java: stateless JWT API disables CSRF": ("java", r'''
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

public class SecurityConfig {
    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .oauth2ResourceServer(o -> o.jwt(j -> {}));
        return http.build();
    }
}
'''),
"java: class chosen from an allow-list map": ("java", r'''
import java.util.Map;

public class Exporters {
    private static final Map<String, Class<? extends Exporter>> TYPES = Map.of(
        "csv", CsvExporter.class, "json", JsonExporter.class);

    public Exporter create(String kind) throws ReflectiveOperationException {
        Class<? extends Exporter> type = TYPES.get(kind);
        if (type == null) {
            throw new IllegalArgumentException("unknown exporter");
        }
        return type.getDeclaredConstructor().newInstance();
    }
}
'''),
"java: controller with logging, flagged cookie and SecureRandom": ("java", r'''
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.servlet.http.*;
import org.slf4j.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class CsrfTokenController {
    private static final Logger log = LoggerFactory.getLogger(CsrfTokenController.class);
    private final SecureRandom rng = new SecureRandom();

    @GetMapping("/token")
    public String token(HttpServletRequest req, HttpServletResponse resp) {
        byte[] b = new byte[24];
        rng.nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        Cookie c = new Cookie("XSRF-TOKEN", token);
        c.setSecure(true);
        c.setHttpOnly(true);
        c.setPath("/");
        resp.addCookie(c);
        log.debug("issued token for path {}", req.getRequestURI().replaceAll("[\r\n]", ""));
        return "ok";
    }
}
'''),
})


SAFE_SECRETS_8: dict[str, tuple[str, str]] = {
"go: secret-ish names holding non-secrets": ("go", r'''
package config

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

const (
	apiKeyHeader    = "X-API-Key"
	tokenURL        = "https://oauth2.googleapis.com/token"
	secretName      = "prod/app/db"
	passwordResetTTL = 3600
	jwtIssuer       = "https://auth.example.com/"
)

type DB struct {
	Host     string
	Password string
}

func Load(ctx context.Context, sm *secretsmanager.Client) (*DB, error) {
	out, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: &secretName})
	if err != nil {
		return nil, err
	}
	password := ""
	if out.SecretString != nil {
		password = *out.SecretString
	}
	return &DB{Host: os.Getenv("DB_HOST"), Password: password}, nil
}
'''),
"go: password placeholder in a flag default is empty and required": ("go", r'''
package main

import (
	"flag"
	"log"
	"os"
)

func main() {
	password := flag.String("password", "", "database password (or DB_PASSWORD)")
	flag.Parse()
	if *password == "" {
		*password = os.Getenv("DB_PASSWORD")
	}
	if *password == "" {
		log.Fatal("a database password is required")
	}
}
'''),
"go: token compared after hashing both with sha256 and subtle": ("go", r'''
package main

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"os"
)

func basicAuth(next http.Handler) http.Handler {
	wantUser := sha256.Sum256([]byte(os.Getenv("ADMIN_USER")))
	wantPass := sha256.Sum256([]byte(os.Getenv("ADMIN_PASS")))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		if ok {
			gotUser := sha256.Sum256([]byte(user))
			gotPass := sha256.Sum256([]byte(pass))
			userOK := subtle.ConstantTimeCompare(gotUser[:], wantUser[:]) == 1
			passOK := subtle.ConstantTimeCompare(gotPass[:], wantPass[:]) == 1
			if userOK && passOK {
				next.ServeHTTP(w, r)
				return
			}
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="restricted"`)
		http.Error(w, "Unauthorized", http.StatusUnauthorized)
	})
}
'''),
"go: token type compared to a literal": ("go", r'''
package auth

import "errors"

type Token struct {
	Type   string
	Scopes []string
}

func RequireRefresh(t Token) error {
	if t.Type != "refresh" {
		return errors.New("not a refresh token")
	}
	return nil
}
'''),
"java: secret-ish names holding non-secrets": ("java", r'''
public final class Constants {
    public static final String API_KEY_HEADER = "X-API-Key";
    public static final String TOKEN_ENDPOINT = "https://oauth2.googleapis.com/token";
    public static final String PASSWORD_RESET_PATH = "/account/password/reset";
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final String SECRET_NAME = "prod/app/db";
    public static final String JWT_ISSUER = "https://auth.example.com/";
    private Constants() {}
}
'''),
"java: password field set from a secrets manager": ("java", r'''
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

public class DbConfig {
    private String password = "";

    public DbConfig(SecretsManagerClient sm) {
        this.password = sm.getSecretValue(GetSecretValueRequest.builder().secretId("prod/app/db").build()).secretString();
    }

    public String password() { return password; }
}
'''),
"java: token type and status compared with equals": ("java", r'''
public class TokenChecks {
    public void requireAccess(String tokenType, String status) {
        if (!"access".equals(tokenType)) {
            throw new IllegalArgumentException("not an access token");
        }
        if (status.equals("REVOKED")) {
            throw new IllegalStateException("token revoked");
        }
    }
}
'''),
"java: HikariCP config with password from env": ("java", r'''
import com.zaxxer.hikari.*;

public class Pool {
    public static HikariDataSource create() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(System.getenv("JDBC_URL"));
        cfg.setUsername(System.getenv("DB_USER"));
        cfg.setPassword(System.getenv("DB_PASSWORD"));
        cfg.setMaximumPoolSize(10);
        return new HikariDataSource(cfg);
    }
}
'''),
}
UNSAFE_SECRETS_8: dict[str, tuple[str, str, str]] = {
"java: empty password field used as it is": ("java", "java.secrets.empty-password", r'''
import java.sql.*;

public class Db {
    private String password = "";

    public Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://db:5432/app", "app", password);
    }
}
'''),
"go: sha256 of a password stored": ("go", "go.crypto.weak-password-hash", r'''
package users

import (
	"crypto/sha256"
	"encoding/hex"
)

func Store(db map[string]string, user, password string) {
	sum := sha256.Sum256([]byte(password))
	db[user] = hex.EncodeToString(sum[:])
}
'''),
}

SAFE_MIX_9: dict[str, tuple[str, str]] = {
"java: redirect to an allow-listed host after URI parse": ("java", r'''
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import javax.servlet.http.*;

public class SsoReturn extends HttpServlet {
    private static final Set<String> HOSTS = Set.of("app.example.com", "admin.example.com");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String target = req.getParameter("return");
        try {
            URI uri = URI.create(target);
            if ("https".equals(uri.getScheme()) && HOSTS.contains(uri.getHost())) {
                resp.sendRedirect(uri.toString());
                return;
            }
        } catch (IllegalArgumentException ignored) {
            // fall through to the default
        }
        resp.sendRedirect("/");
    }
}
'''),
"java: @Controller @ResponseBody returns escaped HTML": ("java", r'''
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.util.HtmlUtils;

@Controller
public class BadgeController {
    @GetMapping(value = "/badge", produces = "text/html")
    @ResponseBody
    public String badge(@RequestParam String label) {
        StringBuilder html = new StringBuilder("<span class=\"badge\">");
        html.append(HtmlUtils.htmlEscape(label));
        html.append("</span>");
        return html.toString();
    }
}
'''),
"java: session stores a DTO validated with Bean Validation": ("java", r'''
import javax.servlet.http.HttpSession;
import javax.validation.Valid;
import javax.validation.constraints.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class PrefsController {
    public record Prefs(@NotNull @Pattern(regexp = "^(light|dark)$") String theme,
                        @Min(10) @Max(100) int pageSize) {}

    @PostMapping("/prefs")
    public void save(@Valid @RequestBody Prefs prefs, HttpSession session) {
        session.setAttribute("theme", prefs.theme());
        session.setAttribute("pageSize", prefs.pageSize());
    }
}
'''),
"java: JPA save of an entity built from DTO fields": ("java", r'''
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/users")
public class UserApi {
    public record CreateUser(String username, String email) {}

    private final UserRepository repo;
    public UserApi(UserRepository repo) { this.repo = repo; }

    @PostMapping
    public User create(@RequestBody CreateUser in) {
        User u = new User();
        u.setUsername(in.username());
        u.setEmail(in.email());
        u.setRole("USER");
        return repo.save(u);
    }
}
'''),
"java: log of a request value through an encoder": ("java", r'''
import org.owasp.encoder.Encode;
import org.slf4j.*;
import javax.servlet.http.HttpServletRequest;

public class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

    public void record(HttpServletRequest req) {
        LOG.info("search: " + Encode.forJava(req.getParameter("q")));
    }
}
'''),
"java: XPath value checked by a pattern before use": ("java", r'''
import javax.xml.xpath.*;
import org.w3c.dom.Document;

public class Roles {
    public String roleOf(Document doc, String user) throws XPathExpressionException {
        if (!user.matches("^[a-zA-Z0-9_]{1,32}$")) {
            throw new IllegalArgumentException("bad user");
        }
        XPath xp = XPathFactory.newInstance().newXPath();
        return xp.evaluate("/users/user[@name='" + user + "']/role", doc);
    }
}
'''),
"go: redirect to the same host after parsing": ("go", r'''
package main

import (
	"net/http"
	"net/url"
)

func continueTo(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("continue"))
	if err != nil || (u.Host != "" && u.Host != r.Host) || (u.Scheme != "" && u.Scheme != "https") {
		http.Redirect(w, r, "/", http.StatusFound)
		return
	}
	http.Redirect(w, r, u.String(), http.StatusFound)
}
'''),
"go: xpath query over a validated name": ("go", r'''
package main

import (
	"fmt"
	"net/http"
	"regexp"

	"github.com/antchfx/xmlquery"
)

var userName = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func role(doc *xmlquery.Node, w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("user")
	if !userName.MatchString(name) {
		http.Error(w, "bad user", http.StatusBadRequest)
		return
	}
	node := xmlquery.FindOne(doc, fmt.Sprintf("//user[@name='%s']/role", name))
	if node == nil {
		http.NotFound(w, r)
		return
	}
	w.Write([]byte(node.InnerText()))
}
'''),
"go: gin session stores a bound and validated struct field": ("go", r'''
package main

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

type prefs struct {
	Theme string `form:"theme" binding:"required,oneof=light dark"`
}

func savePrefs(c *gin.Context) {
	var p prefs
	if err := c.ShouldBind(&p); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	s := sessions.Default(c)
	s.Set("theme", p.Theme)
	s.Save()
	c.Status(http.StatusNoContent)
}
'''),
"go: mongo filter from a parsed ObjectID": ("go", r'''
package main

import (
	"net/http"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/mongo"
)

func getDoc(coll *mongo.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := primitive.ObjectIDFromHex(r.URL.Query().Get("id"))
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		var doc bson.M
		if err := coll.FindOne(r.Context(), bson.M{"_id": id}).Decode(&doc); err != nil {
			http.NotFound(w, r)
			return
		}
		w.WriteHeader(http.StatusOK)
	}
}
'''),
"go: echo JSON response carries an error code, not err": ("go", r'''
package main

import (
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v4"
)

type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func getOrder(svc OrderService) echo.HandlerFunc {
	return func(c echo.Context) error {
		order, err := svc.Get(c.Request().Context(), c.Param("id"))
		if err != nil {
			slog.Error("get order", "id", c.Param("id"), "err", err)
			return c.JSON(http.StatusInternalServerError, apiError{Code: "internal", Message: "please retry later"})
		}
		return c.JSON(http.StatusOK, order)
	}
}
'''),
}
UNSAFE_MIX_9: dict[str, tuple[str, str, str]] = {
"java: redirect after parsing without a host check": ("java", "java.flow.open-redirect", r'''
import java.io.IOException;
import java.net.URI;
import javax.servlet.http.*;

public class SsoReturn extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        URI uri = URI.create(req.getParameter("return"));
        resp.sendRedirect(uri.toString());
    }
}
'''),
"go: echo JSON with err.Error() at 500": ("go", "go.web.error-details", r'''
package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func getOrder(svc OrderService) echo.HandlerFunc {
	return func(c echo.Context) error {
		order, err := svc.Get(c.Request().Context(), c.Param("id"))
		if err != nil {
			return c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()})
		}
		return c.JSON(http.StatusOK, order)
	}
}
'''),
}

SAFE_MIX_10: dict[str, tuple[str, str]] = {
"java: servlet writes plain text of a parameter": ("java", r'''
import java.io.IOException;
import javax.servlet.http.*;

public class PingServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().println("pong " + req.getParameter("id"));
    }
}
'''),
"java: Statement with SQL built from constants only": ("java", r'''
import java.sql.*;

public class Schema {
    private static final String TABLE = "audit_log";
    private static final int RETENTION_DAYS = 90;

    public void purge(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + TABLE + " WHERE created < NOW() - INTERVAL '" + RETENTION_DAYS + " days'");
        }
    }
}
'''),
"java: IN clause placeholders joined from a stream": ("java", r'''
import java.sql.*;
import java.util.*;
import java.util.stream.Collectors;

public class Bulk {
    public List<String> names(Connection c, List<Long> ids) throws SQLException {
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM items WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }
}
'''),
"java: column picked with a switch expression": ("java", r'''
import java.util.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class Listing {
    private JdbcTemplate jdbc;

    @GetMapping("/list")
    public List<Map<String, Object>> list(@RequestParam String sort) {
        String column = switch (sort) {
            case "price" -> "price";
            case "date" -> "created_at";
            default -> "name";
        };
        return jdbc.queryForList("SELECT * FROM products ORDER BY " + column);
    }
}
'''),
"java: enum valueOf picks the sort direction": ("java", r'''
import java.util.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class Sorted {
    enum Direction { ASC, DESC }
    private JdbcTemplate jdbc;

    @GetMapping("/sorted")
    public List<Map<String, Object>> list(@RequestParam String dir) {
        Direction d = Direction.valueOf(dir.toUpperCase(Locale.ROOT));
        return jdbc.queryForList("SELECT * FROM products ORDER BY name " + d.name());
    }
}
'''),
"go: Sprintf of a const table and %d limit": ("go", r'''
package store

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
)

const table = "events"

func recent(db *sql.DB, r *http.Request) (*sql.Rows, error) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 || limit > 100 {
		limit = 20
	}
	q := fmt.Sprintf("SELECT id, kind FROM %s ORDER BY id DESC LIMIT %d", table, limit)
	return db.Query(q)
}
'''),
"go: strings.Builder SQL with placeholders only": ("go", r'''
package store

import (
	"database/sql"
	"strings"
)

type Filter struct {
	Name string
	City string
}

func Search(db *sql.DB, f Filter) (*sql.Rows, error) {
	var sb strings.Builder
	sb.WriteString("SELECT id FROM people WHERE 1=1")
	args := []interface{}{}
	if f.Name != "" {
		sb.WriteString(" AND name = ?")
		args = append(args, f.Name)
	}
	if f.City != "" {
		sb.WriteString(" AND city = ?")
		args = append(args, f.City)
	}
	return db.Query(sb.String(), args...)
}
'''),
"go: exec with shell but a constant script and args as positional params": ("go", r'''
package main

import (
	"net/http"
	"os/exec"
)

func archive(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	cmd := exec.Command("sh", "-c", `tar czf "/backups/$1.tgz" -C /data -- "$1"`, "sh", name)
	if err := cmd.Run(); err != nil {
		http.Error(w, "archive failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
'''),
}
UNSAFE_MIX_10: dict[str, tuple[str, str, str]] = {
"java: switch default passes the raw value": ("java", "java.flow.sql-injection", r'''
import java.util.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

@RestController
public class Listing {
    private JdbcTemplate jdbc;

    @GetMapping("/list")
    public List<Map<String, Object>> list(@RequestParam String sort) {
        String column = switch (sort) {
            case "price" -> "price";
            default -> sort;
        };
        return jdbc.queryForList("SELECT * FROM products ORDER BY " + column);
    }
}
'''),
"go: strings.Builder SQL with the value": ("go", "go.sql.string-built-query", r'''
package store

import (
	"database/sql"
	"net/http"
	"strings"
)

func Search(db *sql.DB, r *http.Request) (*sql.Rows, error) {
	var sb strings.Builder
	sb.WriteString("SELECT id FROM people WHERE name = '")
	sb.WriteString(r.FormValue("name"))
	sb.WriteString("'")
	return db.Query(sb.String())
}
'''),
}


SAFE_MIX_11: dict[str, tuple[str, str]] = {
"go: ServeFile of a name picked from the directory listing": ("go", r'''
package main

import (
	"net/http"
	"os"
	"path/filepath"
)

func report(w http.ResponseWriter, r *http.Request) {
	want := r.URL.Query().Get("name")
	entries, err := os.ReadDir("/srv/reports")
	if err != nil {
		http.Error(w, "unavailable", http.StatusInternalServerError)
		return
	}
	for _, e := range entries {
		if e.Name() == want && !e.IsDir() {
			http.ServeFile(w, r, filepath.Join("/srv/reports", e.Name()))
			return
		}
	}
	http.NotFound(w, r)
}
'''),
"go: Fprintf of escaped values into an HTML table": ("go", r'''
package main

import (
	"fmt"
	"html"
	"net/http"
)

func table(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprint(w, "<table>")
	for key, values := range q {
		for _, v := range values {
			fmt.Fprintf(w, "<tr><td>%s</td><td>%s</td></tr>", html.EscapeString(key), html.EscapeString(v))
		}
	}
	fmt.Fprint(w, "</table>")
}
'''),
"go: http.Get of a URL built by url.URL with a fixed host": ("go", r'''
package main

import (
	"io"
	"net/http"
	"net/url"
)

func search(w http.ResponseWriter, r *http.Request) {
	u := url.URL{Scheme: "https", Host: "api.example.com", Path: "/search"}
	q := u.Query()
	q.Set("q", r.URL.Query().Get("q"))
	u.RawQuery = q.Encode()
	resp, err := http.Get(u.String())
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
'''),
"java: servlet forwards to a JSP with a request attribute": ("java", r'''
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.*;

public class ProfileServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        req.setAttribute("name", req.getParameter("name"));
        req.getRequestDispatcher("/WEB-INF/profile.jsp").forward(req, resp);
    }
}
'''),
"java: file served from a name found in the directory listing": ("java", r'''
import java.io.IOException;
import java.nio.file.*;
import java.util.stream.Stream;
import javax.servlet.http.*;

public class ReportServlet extends HttpServlet {
    private static final Path DIR = Paths.get("/srv/reports");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String want = req.getParameter("name");
        try (Stream<Path> files = Files.list(DIR)) {
            Path match = files.filter(p -> p.getFileName().toString().equals(want)).findFirst().orElse(null);
            if (match == null) {
                resp.sendError(404);
                return;
            }
            Files.copy(match, resp.getOutputStream());
        }
    }
}
'''),
"java: URL built with a fixed host via URIBuilder": ("java", r'''
import java.net.URI;
import org.apache.http.client.utils.URIBuilder;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
public class GeoController {
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/geo")
    public String geo(@RequestParam String address) throws Exception {
        URI uri = new URIBuilder().setScheme("https").setHost("maps.example.com").setPath("/geocode")
            .addParameter("address", address).build();
        return rest.getForObject(uri, String.class);
    }
}
'''),
"java: ProcessBuilder with command from an enum": ("java", r'''
import java.io.IOException;
import org.springframework.web.bind.annotation.*;

@RestController
public class ServiceControl {
    enum Action { START, STOP, STATUS }

    @PostMapping("/service/{action}")
    public int control(@PathVariable Action action) throws IOException, InterruptedException {
        return new ProcessBuilder("systemctl", action.name().toLowerCase(), "app.service").start().waitFor();
    }
}
'''),
}

SAFE_MIX_12: dict[str, tuple[str, str]] = {
"java: WebClient with a fixed base URL and URI template": ("java", r'''
import org.springframework.web.bind.annotation.*;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@RestController
public class UserProxy {
    private final WebClient client = WebClient.builder().baseUrl("https://users.internal.example.com").build();

    @GetMapping("/users/{id}")
    public Mono<String> user(@PathVariable String id, @RequestParam String q) {
        return client.get()
            .uri(b -> b.path("/v1/users/{id}").queryParam("q", q).build(id))
            .retrieve()
            .bodyToMono(String.class);
    }
}
'''),
"java: CompletableFuture running a parameterized query": ("java", r'''
import java.sql.*;
import java.util.concurrent.*;
import javax.sql.DataSource;
import org.springframework.web.bind.annotation.*;

@RestController
public class AsyncLookup {
    private final DataSource ds;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    public AsyncLookup(DataSource ds) { this.ds = ds; }

    @GetMapping("/lookup")
    public CompletableFuture<String> lookup(@RequestParam String sku) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection c = ds.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT name FROM products WHERE sku = ?")) {
                ps.setString(1, sku);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, pool);
    }
}
'''),
"java: Optional chain validates a redirect target": ("java", r'''
import java.util.*;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
public class ReturnController {
    private static final Set<String> PAGES = Set.of("/home", "/orders", "/settings");

    @GetMapping("/return")
    public String back(@RequestParam Optional<String> to) {
        String target = to.filter(PAGES::contains).orElse("/home");
        return "redirect:" + target;
    }
}
'''),
"go: resty client with a fixed base URL": ("go", r'''
package main

import (
	"net/http"

	"github.com/go-resty/resty/v2"
)

var client = resty.New().SetBaseURL("https://api.example.com")

func user(w http.ResponseWriter, r *http.Request) {
	resp, err := client.R().SetPathParam("id", r.URL.Query().Get("id")).Get("/users/{id}")
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(resp.Body())
}
'''),
"go: ResolveReference of a path onto a fixed base": ("go", r'''
package main

import (
	"io"
	"net/http"
	"net/url"
	"strings"
)

var base, _ = url.Parse("https://docs.example.com/")

func doc(w http.ResponseWriter, r *http.Request) {
	page := strings.TrimPrefix(r.URL.Query().Get("page"), "/")
	target := base.ResolveReference(&url.URL{Path: page})
	if target.Host != base.Host {
		http.Error(w, "bad page", http.StatusBadRequest)
		return
	}
	resp, err := http.Get(target.String())
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
'''),
"go: errgroup workers with parameterized queries": ("go", r'''
package main

import (
	"context"
	"database/sql"

	"golang.org/x/sync/errgroup"
)

func counts(ctx context.Context, db *sql.DB, tags []string) (map[string]int, error) {
	out := make([]int, len(tags))
	g, ctx := errgroup.WithContext(ctx)
	for i, tag := range tags {
		i, tag := i, tag
		g.Go(func() error {
			return db.QueryRowContext(ctx, "SELECT COUNT(*) FROM posts WHERE tag = $1", tag).Scan(&out[i])
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	m := make(map[string]int, len(tags))
	for i, tag := range tags {
		m[tag] = out[i]
	}
	return m, nil
}
'''),
}
UNSAFE_MIX_12: dict[str, tuple[str, str, str]] = {
"java: Optional orElse keeps the raw value": ("java", "java.flow.open-redirect", r'''
import java.util.*;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
public class ReturnController {
    @GetMapping("/return")
    public String back(@RequestParam String to) {
        return "redirect:" + to;
    }
}
'''),
}
UNSAFE_MIX_12.update({
"java: Optional filter that checks nothing": ("java", "java.flow.open-redirect", r'''
import java.util.*;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
public class ReturnController {
    @GetMapping("/return")
    public String back(@RequestParam Optional<String> to) {
        String target = to.filter(s -> !s.isEmpty()).orElse("/home");
        return "redirect:" + target;
    }
}
'''),
"go: host compared with another request value": ("go", "go.flow.ssrf", r'''
package main

import (
	"io"
	"net/http"
	"net/url"
)

func fetch(w http.ResponseWriter, r *http.Request) {
	target, err := url.Parse(r.URL.Query().Get("url"))
	if err != nil {
		return
	}
	expected, _ := url.Parse(r.URL.Query().Get("expected"))
	if target.Host != expected.Host {
		return
	}
	resp, err := http.Get(target.String())
	if err != nil {
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
'''),
})

SAFE_MIX_13: dict[str, tuple[str, str]] = {
"java: ValidatingObjectInputStream with accepted classes": ("java", r'''
import java.io.*;
import org.apache.commons.io.serialization.ValidatingObjectInputStream;
import javax.servlet.http.*;

public class ImportServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (ValidatingObjectInputStream in = new ValidatingObjectInputStream(req.getInputStream())) {
            in.accept(Order.class, OrderLine.class, java.util.ArrayList.class);
            Object o = in.readObject();
            resp.setStatus(o instanceof Order ? 204 : 400);
        } catch (ClassNotFoundException | InvalidClassException e) {
            resp.sendError(400, "unsupported payload");
        }
    }
}
'''),
"java: script engine runs a constant script with a bound value": ("java", r'''
import javax.script.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class PriceController {
    private static final String RULE = "price * (1 - discount)";

    @GetMapping("/price")
    public Object price(@RequestParam double price, @RequestParam double discount) throws ScriptException {
        ScriptEngine js = new ScriptEngineManager().getEngineByName("javascript");
        Bindings b = js.createBindings();
        b.put("price", price);
        b.put("discount", Math.min(Math.max(discount, 0), 0.5));
        return js.eval(RULE, b);
    }
}
'''),
"java: SpEL constant expression evaluated on a user object": ("java", r'''
import org.springframework.expression.*;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.web.bind.annotation.*;

@RestController
public class DisplayController {
    private final Expression display = new SpelExpressionParser().parseExpression("firstName + ' ' + lastName");

    @PostMapping("/display")
    public String show(@RequestBody Person p) {
        EvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        return display.getValue(ctx, p, String.class);
    }
}
'''),
"java: LDAP DN built with Rdn.escapeValue": ("java", r'''
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.InitialDirContext;
import javax.naming.ldap.Rdn;

public class LdapAuth {
    public boolean login(String user, String password) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://ldap.example.com:636");
        env.put(Context.SECURITY_PRINCIPAL, "uid=" + Rdn.escapeValue(user) + ",ou=people,dc=example,dc=com");
        env.put(Context.SECURITY_CREDENTIALS, password);
        try {
            new InitialDirContext(env).close();
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
'''),
"java: download header with URL-encoded filename": ("java", r'''
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.*;

public class Download extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        String encoded = URLEncoder.encode(req.getParameter("name"), StandardCharsets.UTF_8).replace("+", "%20");
        resp.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encoded);
    }
}
'''),
"java: log of a Long path variable": ("java", r'''
import org.slf4j.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class Items {
    private static final Logger log = LoggerFactory.getLogger(Items.class);

    @DeleteMapping("/items/{id}")
    public void delete(@PathVariable Long id) {
        log.info("deleting item " + id);
    }
}
'''),
"java: Random picks an avatar colour": ("java", r'''
import java.util.Random;

public class Avatars {
    private static final String[] COLORS = {"#e57373", "#64b5f6", "#81c784", "#ffb74d"};
    private final Random random = new Random();

    public String colorFor(String username) {
        return COLORS[random.nextInt(COLORS.length)];
    }
}
'''),
"go: RSA-OAEP and AES-CBC with HMAC": ("go", r'''
package crypt

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"io"
)

func WrapKey(pub *rsa.PublicKey, key []byte) ([]byte, error) {
	return rsa.EncryptOAEP(sha256.New(), rand.Reader, pub, key, nil)
}

func SealCBC(encKey, macKey, padded []byte) ([]byte, error) {
	block, err := aes.NewCipher(encKey)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, aes.BlockSize)
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	out := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, padded)
	mac := hmac.New(sha256.New, macKey)
	mac.Write(iv)
	mac.Write(out)
	return append(append(iv, out...), mac.Sum(nil)...), nil
}
'''),
"go: log of a user id converted with strconv.Quote": ("go", r'''
package main

import (
	"log"
	"net/http"
	"strconv"
)

func audit(w http.ResponseWriter, r *http.Request) {
	log.Println("delete requested by", strconv.Quote(r.Header.Get("X-User")))
	w.WriteHeader(http.StatusAccepted)
}
'''),
"go: gob decode of a trusted local cache file": ("go", r'''
package cache

import (
	"encoding/gob"
	"os"
)

type Entry struct {
	Key   string
	Value []byte
}

func Load(path string) (map[string]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var m map[string]Entry
	err = gob.NewDecoder(f).Decode(&m)
	return m, err
}
'''),
}
UNSAFE_MIX_13: dict[str, tuple[str, str, str]] = {
"java: script engine evaluates request text": ("java", "java.flow.code-injection", r'''
import javax.script.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class CalcController {
    @GetMapping("/calc")
    public Object calc(@RequestParam String expr) throws ScriptException {
        return new ScriptEngineManager().getEngineByName("javascript").eval(expr);
    }
}
'''),
}

SAFE_MIX_14: dict[str, tuple[str, str]] = {
"go: fiber SendFile after Base and extension allow-list": ("go", r'''
package main

import (
	"path/filepath"

	"github.com/gofiber/fiber/v2"
)

var allowedExt = map[string]bool{".pdf": true, ".txt": true}

func main() {
	app := fiber.New()
	app.Get("/docs/:name", func(c *fiber.Ctx) error {
		name := filepath.Base(c.Params("name"))
		if !allowedExt[filepath.Ext(name)] {
			return c.SendStatus(fiber.StatusNotFound)
		}
		return c.SendFile(filepath.Join("./docs", name))
	})
	app.Listen(":3000")
}
'''),
"go: fiber redirect to a constant after login": ("go", r'''
package main

import "github.com/gofiber/fiber/v2"

func login(c *fiber.Ctx) error {
	if c.FormValue("remember") == "on" {
		c.Cookie(&fiber.Cookie{Name: "remember", Value: "1", Secure: true, HTTPOnly: true})
	}
	return c.Redirect("/dashboard", fiber.StatusSeeOther)
}
'''),
"go: chi handler writes JSON with render": ("go", r'''
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type article struct {
	Slug  string `json:"slug"`
	Title string `json:"title"`
}

func getArticle(w http.ResponseWriter, r *http.Request) {
	slug := chi.URLParam(r, "slug")
	render.JSON(w, r, article{Slug: slug, Title: "Untitled"})
}
'''),
"go: gorilla mux var parsed as uint before query": ("go", r'''
package main

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
)

func getUser(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(mux.Vars(r)["id"], 10, 64)
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		var name string
		if err := db.QueryRow(fmt.Sprintf("SELECT name FROM users WHERE id = %d", id)).Scan(&name); err != nil {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintf(w, "%d", len(name))
	}
}
'''),
"java: Quarkus REST returns a file chosen by enum": ("java", r'''
import java.io.File;
import javax.ws.rs.*;
import javax.ws.rs.core.*;

@Path("/reports")
public class ReportResource {
    enum Kind { DAILY, WEEKLY }

    @GET
    @Path("/{kind}")
    @Produces("application/pdf")
    public Response get(@PathParam("kind") Kind kind) {
        File f = new File("/srv/reports", kind.name().toLowerCase() + ".pdf");
        return Response.ok(f).build();
    }
}
'''),
"java: Micronaut controller with HttpResponse.redirect to a constant URI": ("java", r'''
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.*;
import java.net.URI;

@Controller("/auth")
public class AuthController {
    @Post("/logout")
    public HttpResponse<?> logout(@CookieValue("SESSION") String session) {
        return HttpResponse.redirect(URI.create("/login"));
    }
}
'''),
"java: Servlet filter sets security headers": ("java", r'''
import java.io.IOException;
import javax.servlet.*;
import javax.servlet.http.HttpServletResponse;

public class SecurityHeaders implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse r = (HttpServletResponse) res;
        r.setHeader("Content-Security-Policy", "default-src 'self'");
        r.setHeader("X-Content-Type-Options", "nosniff");
        r.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        chain.doFilter(req, res);
    }
}
'''),
}
UNSAFE_MIX_14: dict[str, tuple[str, str, str]] = {
"go: fiber SendFile of the raw param": ("go", "go.flow.path-traversal", r'''
package main

import (
	"github.com/gofiber/fiber/v2"
)

func main() {
	app := fiber.New()
	app.Get("/docs/*", func(c *fiber.Ctx) error {
		return c.SendFile("./docs/" + c.Params("*"))
	})
	app.Listen(":3000")
}
'''),
}

SAFE_MIX_15: dict[str, tuple[str, str]] = {
"java: MD5 ETag of a response body": ("java", r'''
import java.security.MessageDigest;
import java.util.HexFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class AssetController {
    @GetMapping("/asset")
    public ResponseEntity<byte[]> asset() throws Exception {
        byte[] body = loadAsset();
        String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)) + "\"";
        return ResponseEntity.ok().eTag(etag).body(body);
    }

    private byte[] loadAsset() { return new byte[0]; }
}
'''),
"java: SHA-1 git blob id": ("java", r'''
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

public class GitObjects {
    public static String blobId(byte[] content) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.UTF_8));
        sha1.update(content);
        return HexFormat.of().formatHex(sha1.digest());
    }
}
'''),
"go: sha1 for a cache key of a URL": ("go", r'''
package cache

import (
	"crypto/sha1"
	"encoding/hex"
)

func KeyFor(url string) string {
	sum := sha1.Sum([]byte(url))
	return "page:" + hex.EncodeToString(sum[:])
}
'''),
}
UNSAFE_MIX_15: dict[str, tuple[str, str, str]] = {
"java: MD5 of a password": ("java", "java.crypto.weak-hash", r'''
import java.security.MessageDigest;

public class Accounts {
    public byte[] hashPassword(String password) throws Exception {
        return MessageDigest.getInstance("MD5").digest(password.getBytes());
    }
}
'''),
}

SAFE = {**SAFE_GO_1, **SAFE_GO_2, **SAFE_GO_4, **SAFE_JAVA_1, **SAFE_JAVA_2, **SAFE_JAVA_4, **SAFE_GO_5,
        **SAFE_JAVA_5, **SAFE_JAVA_6, **SAFE_MIX_7, **SAFE_SECRETS_8, **SAFE_MIX_9, **SAFE_MIX_10, **SAFE_MIX_11,
        **SAFE_MIX_12, **SAFE_MIX_13, **SAFE_MIX_14, **SAFE_MIX_15}
UNSAFE = {**UNSAFE_GO_1, **UNSAFE_GO_2, **UNSAFE_GO_3, **UNSAFE_GO_4, **UNSAFE_JAVA_1, **UNSAFE_JAVA_2,
          **UNSAFE_JAVA_3, **UNSAFE_JAVA_4, **UNSAFE_GO_5, **UNSAFE_JAVA_5, **UNSAFE_JAVA_6, **UNSAFE_SECRETS_8,
          **UNSAFE_MIX_9, **UNSAFE_MIX_10, **UNSAFE_MIX_12, **UNSAFE_MIX_13, **UNSAFE_MIX_14, **UNSAFE_MIX_15}

_ENGINE: list[TreeSitterEngine] = []


def rules_flagged(language: str, code: str) -> set[str]:
    if not _ENGINE:
        _ENGINE.append(TreeSitterEngine(EngineConfig()))
    record = Record(source="test", position=1, raw=code.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", language, code, 1, True)
    out = _ENGINE[0].scan([RecordResult(record, [snippet])])
    assert [s.status for s in out.statuses] == ["ok"]
    return {f.rule_id for f in out.findings}


@pytest.mark.parametrize(("language", "code"), list(SAFE.values()), ids=list(SAFE))
def test_safe_lookalike_is_not_flagged(language, code):
    assert rules_flagged(language, code) == set()


@pytest.mark.parametrize(("language", "rule", "code"), list(UNSAFE.values()), ids=list(UNSAFE))
def test_unsafe_twin_is_flagged(language, rule, code):
    assert rule in rules_flagged(language, code)
