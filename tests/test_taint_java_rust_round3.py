"""Safe Java and Rust (and some Go and C#) look-alikes that no rule may flag, each scanned as its own snippet,
with their unsafe twins: idioms of real code-instruct answers (a helper the snippet calls with a script of
constants, a validator returning `ok.then_some(s)`, named `format!` arguments, a pointer nulled after its free,
an upload's stream copied to a checked path, a class filter on a deserializing stream, a service's answer stored
in the session, a hand-written HTML escaper, DTOs instead of bound entities, random names in the temp folder).
"""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

SAFE: dict[str, tuple[str, str]] = {
    # -- Rust: named format! arguments are the values printed, not locals of the same name
    "rs: actix page with named arguments escaped": ("rust", r'''
use actix_web::{get, web, HttpResponse};
#[get("/hello")]
async fn hello(q: web::Query<Greeting>) -> HttpResponse {
    let title = q.title.clone().unwrap_or_default();
    HttpResponse::Ok().content_type("text/html").body(format!(
        "<h1>{title}</h1><p>{who}</p>",
        title = html_escape::encode_text(&title),
        who = html_escape::encode_text(&q.name)))
}
'''),
    "rs: write! with a named escaped argument": ("rust", r'''
use std::fmt::Write;
use axum::{extract::Form, response::Html};
async fn comment(Form(c): Form<Comment>) -> Html<String> {
    let mut page = String::from("<ul>");
    let body = c.body.trim().to_string();
    write!(page, "<li>{body}</li></ul>", body = askama_escape::escape(&body, askama_escape::Html)).unwrap();
    Html(page)
}
'''),
    # -- Rust: a helper the snippet calls only with constants, numbers or allow-listed values
    "rs: sh helper called with a number-only script": ("rust", r'''
use std::process::Command;
fn sh(script: &str) -> bool {
    Command::new("sh").arg("-c").arg(script).status().map(|s| s.success()).unwrap_or(false)
}
fn main() {
    let days: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(7);
    let script = format!("find /var/log -mtime +{} -delete", days);
    sh(&script);
}
'''),
    "rs: bash helper called with a literal": ("rust", r'''
use std::process::{Command, Output};
fn bash(cmd: &str) -> std::io::Result<Output> {
    Command::new("bash").args(["-c", cmd]).output()
}
fn backup() {
    let _ = bash("tar czf /backup/etc.tgz /etc");
}
'''),
    "rs: helper called with a name picked from a constant table": ("rust", r'''
use std::process::Command;
const TARGETS: [&str; 2] = ["etc", "home"];
fn run(script: String) {
    let _ = Command::new("/bin/sh").arg("-c").arg(&script).status();
}
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(t) = TARGETS.iter().find(|t| **t == args[1]) else { return; };
    run(format!("tar czf /backup/{t}.tgz /{t}"));
}
'''),
    # -- Rust: validators that answer with bool::then_some / then
    "rs: rocket validator returning ok.then_some(s)": ("rust", r'''
use rocket::fs::NamedFile;
use std::path::PathBuf;
fn safe_name(s: &str) -> Option<&str> {
    let ok = !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(s)
}
#[get("/files/<name>")]
async fn file(name: &str) -> Option<NamedFile> {
    NamedFile::open(PathBuf::from("/srv").join(safe_name(name)?)).await.ok()
}
'''),
    "rs: axum validator with then(|| ...) used in format!": ("rust", r'''
use axum::extract::Path;
fn checked(s: &str) -> Option<String> {
    s.chars().all(|c| c.is_ascii_alphanumeric()).then(|| s.to_string())
}
async fn avatar(Path(user): Path<String>) -> Vec<u8> {
    let Some(user) = checked(&user) else { return Vec::new() };
    std::fs::read(format!("/srv/avatars/{}.png", user)).unwrap_or_default()
}
'''),
    "rs: validator called inside format! arguments": ("rust", r'''
use actix_web::{web, HttpResponse};
fn slug(s: &str) -> Option<&str> {
    let fine = s.len() <= 40 && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    fine.then_some(s)
}
async fn doc(path: web::Path<String>) -> HttpResponse {
    match std::fs::read_to_string(format!("/srv/docs/{}.md", slug(&path)?)) {
        Ok(text) => HttpResponse::Ok().body(text),
        Err(_) => HttpResponse::NotFound().finish(),
    }
}
'''),
    # -- Rust: a pointer set again after its free
    "rs: libc free then null": ("rust", r'''
extern "C" { fn malloc(n: usize) -> *mut u8; fn free(p: *mut u8); }
pub fn scratch(n: usize) -> u8 {
    // SAFETY: buf is tested for null, freed once and nulled before any later read
    unsafe {
        let mut buf = malloc(n);
        if buf.is_null() { return 0; }
        *buf = 1;
        free(buf);
        buf = std::ptr::null_mut();
        if buf.is_null() { 0 } else { *buf }
    }
}
'''),
    "rs: Box::from_raw then a fresh box": ("rust", r'''
struct Node { v: u32 }
pub fn cycle() -> u32 {
    let mut p: *mut Node = Box::into_raw(Box::new(Node { v: 1 }));
    // SAFETY: p came from Box::into_raw and is freed once
    unsafe { drop(Box::from_raw(p)) };
    p = Box::into_raw(Box::new(Node { v: 2 }));
    // SAFETY: p is the live box made on the line above
    let v = unsafe { (*p).v };
    // SAFETY: freed once, not used after
    unsafe { drop(Box::from_raw(p)) };
    v
}
'''),
    # -- Java: an upload's stream copied to a path the server chose or checked
    "java: Files.copy of a multipart stream to a UUID name": ("java", r'''
import java.nio.file.*;
import java.util.UUID;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
@RestController
public class UploadController {
    private final Path uploads = Paths.get("/srv/uploads");
    @PostMapping("/upload")
    public String upload(@RequestParam("file") MultipartFile file) throws Exception {
        Path target = uploads.resolve(UUID.randomUUID() + ".bin");
        Files.copy(file.getInputStream(), target, StandardCopyOption.REPLACE_EXISTING);
        return target.getFileName().toString();
    }
}
'''),
    "java: servlet part stream copied under a cleaned name": ("java", r'''
import java.io.*;
import java.nio.file.*;
import javax.servlet.http.*;
import org.apache.commons.io.FilenameUtils;
public class AvatarServlet extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        Part part = req.getPart("avatar");
        String name = FilenameUtils.getName(part.getSubmittedFileName());
        try (InputStream in = new BufferedInputStream(part.getInputStream())) {
            Files.copy(in, Paths.get("/var/avatars").resolve(name));
        }
    }
}
'''),
    # -- Java: a class filter on the deserializing stream
    "java: JVM-wide serial filter": ("java", r'''
import java.io.*;
import javax.servlet.http.*;
public class SessionImport extends HttpServlet {
    static {
        ObjectInputFilter.Config.setSerialFilter(ObjectInputFilter.Config.createFilter("com.shop.Cart;java.base/*;!*"));
    }
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
            req.getSession().setAttribute("cart", (Cart) in.readObject());
            resp.getWriter().println("imported");
        } catch (ClassNotFoundException e) {
            resp.sendError(400);
        }
    }
}
'''),
    "java: commons-io ValidatingObjectInputStream": ("java", r'''
import java.io.*;
import org.apache.commons.io.serialization.ValidatingObjectInputStream;
import org.springframework.web.bind.annotation.*;
@RestController
public class ReportImport {
    @PostMapping("/reports/import")
    public String load(@RequestBody byte[] body) throws Exception {
        try (ValidatingObjectInputStream in = new ValidatingObjectInputStream(new ByteArrayInputStream(body))) {
            in.accept(Report.class, java.util.ArrayList.class, String.class);
            Report r = (Report) in.readObject();
            return r.title();
        }
    }
}
'''),
    # -- Java: what the server's own service answers, stored in the session
    "java: tenant looked up by a service for the Host header": ("java", r'''
import javax.servlet.http.*;
public class TenantFilterServlet extends HttpServlet {
    private final TenantDirectory tenants = TenantDirectory.load();
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        String tenant = tenants.tenantIdForHost(req.getHeader("Host"));
        if (tenant == null) { resp.sendError(404); return; }
        req.getSession().setAttribute("tenant", tenant);
        resp.sendRedirect("/home");
    }
}
'''),
    "java: spring service resolves the account of a token": ("java", r'''
import javax.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.*;
@RestController
public class MagicLinkController {
    @Autowired
    private MagicLinkService links;
    @GetMapping("/magic")
    public String magic(@RequestParam String token, HttpSession session) {
        Long accountId = links.redeem(token);
        session.setAttribute("accountId", accountId);
        return "ok";
    }
}
'''),
    "java: a deserialized object checked with instanceof": ("java", r'''
import java.io.*;
import javax.servlet.http.*;
public class WizardServlet extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object state = new com.fasterxml.jackson.databind.ObjectMapper().readValue(req.getInputStream(), WizardState.class);
        if (!(state instanceof WizardState)) { resp.sendError(400); return; }
        req.getSession().setAttribute("wizard", state);
    }
}
'''),
    # -- Java: a hand-written HTML escaper, whatever its name
    "java: replace-chain escaper named h": ("java", r'''
import java.io.*;
import javax.servlet.http.*;
public class SearchServlet extends HttpServlet {
    static String h(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html");
        resp.getWriter().write("<p>Results for " + h(req.getParameter("q")) + "</p>");
    }
}
'''),
    "java: StringBuilder switch escaper in a JAX-RS resource": ("java", r'''
import javax.ws.rs.*;
import javax.ws.rs.core.MediaType;
@Path("/card")
public class CardResource {
    private static String text(String raw) {
        StringBuilder out = new StringBuilder();
        for (char c : raw.toCharArray()) {
            if (c == '<') out.append("&lt;");
            else if (c == '>') out.append("&gt;");
            else if (c == '&') out.append("&amp;");
            else out.append(c);
        }
        return out.toString();
    }
    @GET
    @Produces(MediaType.TEXT_HTML)
    public String card(@QueryParam("name") String name) {
        return "<div class=card>" + text(name) + "</div>";
    }
}
'''),
    # -- Java: mass assignment's safe look-alikes
    "java: DTO fields copied onto the loaded entity": ("java", r'''
import org.springframework.web.bind.annotation.*;
@RestController
public class UserController {
    private final UserRepository users;
    UserController(UserRepository users) { this.users = users; }
    @PatchMapping("/users/{id}")
    public User patch(@PathVariable Long id, @RequestBody UserPatch patch) {
        User user = users.findById(id).orElseThrow();
        user.setNickname(patch.getNickname());
        user.setBio(patch.getBio());
        return users.save(user);
    }
}
'''),
    "java: InitBinder allow-list on a form-bound entity": ("java", r'''
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.*;
@Controller
public class SignupController {
    private final MemberRepository members;
    SignupController(MemberRepository members) { this.members = members; }
    @InitBinder
    void allow(WebDataBinder binder) { binder.setAllowedFields("name", "email"); }
    @PostMapping("/signup")
    public String signup(@ModelAttribute Member member) {
        members.save(member);
        return "redirect:/welcome";
    }
}
'''),
    "java: a text parameter handed to a service's save": ("java", r'''
import org.springframework.web.bind.annotation.*;
@RestController
public class NoteController {
    private final NoteService notes;
    NoteController(NoteService notes) { this.notes = notes; }
    @PostMapping("/notes")
    public void add(@RequestParam String content) {
        notes.save(content);
    }
}
'''),
    "java: an audit logger fed a value stripped of line breaks": ("java", r'''
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.*;
@RestController
public class LoginController {
    private static final Logger AUDIT_LOG = LoggerFactory.getLogger("audit");
    @PostMapping("/login")
    public String login(@RequestParam String user) {
        AUDIT_LOG.warn("login failed for " + user.replaceAll("[\\r\\n]", "_"));
        return "denied";
    }
}
'''),
    "java: XPath with a number pasted and a variable bound": ("java", r'''
import javax.xml.xpath.*;
import org.w3c.dom.Document;
public class Catalog {
    private final XPath xpath = XPathFactory.newInstance().newXPath();
    public String titleAt(Document doc, int index) throws XPathExpressionException {
        return xpath.evaluate("/catalog/book[" + index + "]/title", doc);
    }
    public String priceOf(Document doc, String isbn) throws XPathExpressionException {
        xpath.setXPathVariableResolver(name -> isbn);
        return xpath.evaluate("/catalog/book[@isbn=$isbn]/price", doc);
    }
}
'''),
    "rs: rows rendered through a replace-chain escaper": ("rust", r'''
use axum::{extract::State, response::Html};
use sqlx::PgPool;
fn h(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
async fn comments(State(db): State<PgPool>) -> Html<String> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT body FROM comments").fetch_all(&db).await.unwrap_or_default();
    let items: String = rows.iter().map(|(b,)| format!("<li>{}</li>", h(b))).collect();
    Html(format!("<ul>{items}</ul>"))
}
'''),
    "rs: a query value escaped by a match-based helper": ("rust", r'''
use axum::{extract::Query, response::Html};
use std::collections::HashMap;
fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '"' => out.push_str("&quot;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}
async fn search(Query(q): Query<HashMap<String, String>>) -> Html<String> {
    let term = q.get("q").cloned().unwrap_or_default();
    Html(format!("<p>No results for {}</p>", escape(&term)))
}
'''),
    "java: an upload saved under /tmp with a random UUID name": ("java", r'''
import java.nio.file.*;
import java.util.UUID;
public class Up {
    static Path save(byte[] data) throws java.io.IOException {
        Path p = Paths.get("/tmp/uploads", UUID.randomUUID() + ".bin");
        Files.write(p, data);
        return p;
    }
}
'''),
    "go: a temp-folder path with a uuid in its name": ("go", r'''
package main

import (
	"os"
	"path/filepath"

	"github.com/google/uuid"
)

func save(data []byte) (string, error) {
	p := filepath.Join(os.TempDir(), "upload-"+uuid.NewString()+".bin")
	return p, os.WriteFile(p, data, 0o600)
}
'''),
    "rs: a temp-folder path with Uuid::new_v4 in its name": ("rust", r'''
pub fn save(data: &[u8]) -> std::io::Result<std::path::PathBuf> {
    let p = std::env::temp_dir().join(format!("upload-{}.bin", uuid::Uuid::new_v4()));
    std::fs::write(&p, data)?;
    Ok(p)
}
'''),
    "cs: a temp path named by GetRandomFileName": ("csharp", r'''
using System.IO;
public class Exporter {
    public static string Export(string csv) {
        var path = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());
        File.WriteAllText(path, csv);
        var own = Path.GetTempFileName();
        File.WriteAllText(own, csv);
        return path;
    }
}
'''),
    "cs: an IndexOf allow-list before an XPath query": ("csharp", r'''
using System.Xml.XPath;
var app = WebApplication.CreateBuilder(args).Build();
var catalog = new XPathDocument("data/catalog.xml");
var regions = new[] { "eu", "us", "apac" };
app.MapGet("/catalog/price", (string region) =>
{
    if (Array.IndexOf(regions, region) < 0)
        return Results.BadRequest();
    var nav = catalog.CreateNavigator();
    var node = nav.SelectSingleNode("/catalog/item[@region='" + region + "']");
    return Results.Ok(node.Value);
});
'''),
    "go: a method of the snippet escapes what it renders": ("go", r'''
package main

import (
	"fmt"
	"html"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Card struct{ Title string }

func (c Card) Render(body string) string {
	return fmt.Sprintf("<div><h2>%s</h2><p>%s</p></div>", html.EscapeString(c.Title), html.EscapeString(body))
}

func main() {
	r := gin.Default()
	card := Card{Title: "Notice"}
	r.GET("/note", func(c *gin.Context) {
		c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(card.Render(c.Query("text"))))
	})
	r.Run()
}
'''),
    "java: an entity built from a signup request's fields and saved": ("java", r'''
import org.springframework.web.bind.annotation.*;
import jakarta.persistence.*;
@Entity
class User { @Id Long id; String username; String passwordHash; String role; }
@RestController
public class RegisterController {
    private final UserRepository users;
    private final org.springframework.security.crypto.password.PasswordEncoder encoder;
    RegisterController(UserRepository users, org.springframework.security.crypto.password.PasswordEncoder encoder) { this.users = users; this.encoder = encoder; }
    @PostMapping("/register")
    public void register(@RequestBody RegisterRequest req) {
        User u = new User(req.getUsername(), encoder.encode(req.getPassword()));
        u.setRole("USER");
        users.save(u);
    }
}
'''),
    "go: a GORM model built from a bound DTO's fields": ("go", r'''
package main

import (
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Name  string
	Email string
	Role  string
}

type signup struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

func register(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var in signup
		if err := c.ShouldBindJSON(&in); err != nil {
			return
		}
		u := User{Name: in.Name, Email: in.Email, Role: "user"}
		db.Create(&u)
	}
}
'''),
    "cs: an entity built from a record DTO and added": ("csharp", r'''
using Microsoft.AspNetCore.Mvc;
public class Member { public int Id { get; set; } public string Name { get; set; } public bool IsAdmin { get; set; } }
public record SignupDto(string Name);
[ApiController]
public class SignupController : ControllerBase
{
    private readonly AppDb _db;
    public SignupController(AppDb db) => _db = db;
    [HttpPost("signup")]
    public IActionResult Signup([FromBody] SignupDto dto)
    {
        var m = new Member { Name = dto.Name, IsAdmin = false };
        _db.Members.Add(m);
        _db.SaveChanges();
        return Ok();
    }
}
'''),
    "go: a login handler stores the checked user name": ("go", r'''
package main

import (
	"database/sql"
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
)

var store = sessions.NewCookieStore([]byte("k"))
var db *sql.DB

func login(w http.ResponseWriter, r *http.Request) {
	username := r.FormValue("username")
	var hash []byte
	if err := db.QueryRow("SELECT hash FROM users WHERE name = ?", username).Scan(&hash); err != nil {
		http.Error(w, "invalid", http.StatusUnauthorized)
		return
	}
	if bcrypt.CompareHashAndPassword(hash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid", http.StatusUnauthorized)
		return
	}
	sess, _ := store.Get(r, "app")
	sess.Values["user"] = username
	sess.Save(r, w)
}
'''),
    "java: a Javalin page with the parameter encoded": ("java", r'''
import io.javalin.Javalin;
import org.owasp.encoder.Encode;
public class App {
    public static void main(String[] args) {
        Javalin app = Javalin.create().start(7070);
        app.get("/hello", ctx -> ctx.html("<h1>Hello " + Encode.forHtml(ctx.queryParam("name")) + "</h1>"));
        app.get("/go", ctx -> ctx.redirect("/home"));
    }
}
'''),
    "java: a command list built with add() starting with a fixed program": ("java", r'''
import java.util.*;
import org.springframework.web.bind.annotation.*;
@RestController
public class Convert {
    @PostMapping("/convert")
    public void convert(@RequestParam String file) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("pandoc");
        cmd.add("--");
        cmd.add(file);
        new ProcessBuilder(cmd).start();
    }
}
'''),
    "java: a List.of command with a fixed program and --": ("java", r'''
import java.util.*;
import org.springframework.web.bind.annotation.*;
@RestController
public class Convert {
    @PostMapping("/convert")
    public void convert(@RequestParam String file) throws Exception {
        List<String> cmd = List.of("pandoc", "--", file, "-o", "/tmp/out.pdf");
        new ProcessBuilder(cmd).start();
    }
}
'''),
    "rs: query!, push_bind and a number field pasted in format!": ("rust", r'''
use axum::{extract::{Query, State}, Json};
use sqlx::{PgPool, QueryBuilder, Postgres};
#[derive(serde::Deserialize)]
pub struct F { name: String, ids: Vec<i64>, limit: i64 }
pub async fn list(State(db): State<PgPool>, Query(f): Query<F>) -> Json<Vec<String>> {
    let rows = sqlx::query!("SELECT name FROM users WHERE name = $1", f.name).fetch_all(&db).await.unwrap();
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new("SELECT name FROM users WHERE id IN (");
    let mut sep = qb.separated(", ");
    for id in &f.ids { sep.push_bind(*id); }
    sep.push_unseparated(")");
    let more: Vec<(String,)> = qb.build_query_as().fetch_all(&db).await.unwrap();
    let limited: Vec<(String,)> = sqlx::query_as(&format!("SELECT name FROM users LIMIT {}", f.limit)).fetch_all(&db).await.unwrap();
    Json(rows.into_iter().map(|r| r.name).chain(more.into_iter().map(|r| r.0)).chain(limited.into_iter().map(|r| r.0)).collect())
}
'''),
    "go: an OAuth callback stores what the provider answered": ("go", r'''
package main

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("k"))

func callback(w http.ResponseWriter, r *http.Request) {
	tok, err := oauthConfig.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "sso failed", http.StatusUnauthorized)
		return
	}
	info, err := fetchUserInfo(r.Context(), tok)
	if err != nil {
		return
	}
	sess, _ := store.Get(r, "app")
	sess.Values["email"] = info.Email
	sess.Values["token"] = tok.AccessToken
	sess.Save(r, w)
}
'''),
}

UNSAFE: dict[str, tuple[str, str, str]] = {
    "rs: a named argument that is not escaped": ("rust", "rs.flow.xss", r'''
use axum::{extract::Query, response::Html};
pub async fn page(Query(p): Query<Params>) -> Html<String> {
    let shown = html_escape::encode_text(&p.email).to_string();
    Html(format!("<p>{shown} {email}</p>", email = p.email))
}
'''),
    "rs: sh helper called with program arguments": ("rust", "rs.flow.command-injection", r'''
use std::process::Command;
fn sh(script: &str) -> bool {
    Command::new("sh").arg("-c").arg(script).status().map(|s| s.success()).unwrap_or(false)
}
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    sh(&format!("tar czf /backup/x.tgz {}", dir));
}
'''),
    "rs: sh helper called by a helper nobody calls": ("rust", "rs.exec.shell-command-built", r'''
use std::process::Command;
fn sh(script: &str) -> bool {
    Command::new("sh").arg("-c").arg(script).status().map(|s| s.success()).unwrap_or(false)
}
pub fn archive(dir: &str) -> bool {
    sh(&format!("tar czf /backup/x.tgz {}", dir))
}
'''),
    "rs: an uncalled sh helper": ("rust", "rs.exec.shell-command-built", r'''
use std::process::Command;
pub fn sh(script: &str) -> bool {
    Command::new("sh").arg("-c").arg(script).status().map(|s| s.success()).unwrap_or(false)
}
'''),
    "rs: a then_some over a length test only": ("rust", "rs.flow.path-traversal", r'''
use rocket::fs::NamedFile;
use std::path::PathBuf;
fn short(s: &str) -> Option<&str> {
    let ok = !s.is_empty() && s.len() < 64;
    ok.then_some(s)
}
#[get("/files/<name>")]
async fn file(name: &str) -> Option<NamedFile> {
    NamedFile::open(PathBuf::from("/srv").join(short(name)?)).await.ok()
}
'''),
    "rs: a helper in format! that only trims": ("rust", "rs.flow.path-traversal", r'''
use actix_web::{web, HttpResponse};
fn tidy(s: &str) -> &str { s.trim() }
async fn doc(path: web::Path<String>) -> HttpResponse {
    let text = std::fs::read_to_string(format!("/srv/docs/{}.md", tidy(&path))).unwrap_or_default();
    HttpResponse::Ok().body(text)
}
'''),
    "rs: pointer used after free, set again only later": ("rust", "rs.mem.use-after-free", r'''
extern "C" { fn malloc(n: usize) -> *mut u8; fn free(p: *mut u8); }
pub fn scratch(n: usize) -> u8 {
    unsafe {
        let mut buf = malloc(n);
        free(buf);
        let v = *buf;
        buf = std::ptr::null_mut();
        v
    }
}
'''),
    "java: Files.copy to a path from the request": ("java", "java.flow.path-traversal", r'''
import java.nio.file.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
@RestController
public class UploadController {
    @PostMapping("/upload")
    public String upload(@RequestParam MultipartFile file, @RequestParam String dir) throws Exception {
        Files.copy(file.getInputStream(), Paths.get("/srv/uploads", dir, "data.bin"));
        return "ok";
    }
}
'''),
    "java: Files.copy from a requested path to the response": ("java", "java.flow.path-traversal|java.fs.path-traversal", r'''
import java.nio.file.*;
import javax.servlet.http.*;
public class DownloadServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        Files.copy(Paths.get("/srv/files", req.getParameter("name")), resp.getOutputStream());
    }
}
'''),
    "java: a file-exists test is no path check": ("java", "java.flow.path-traversal", r'''
import java.nio.file.*;
import org.springframework.core.io.FileSystemResource;
import org.springframework.web.bind.annotation.*;
@RestController
public class Files2 {
    @GetMapping("/doc")
    public FileSystemResource doc(@RequestParam String name) {
        Path p = Paths.get("/srv/docs").resolve(name);
        if (!Files.isReadable(p)) throw new IllegalArgumentException();
        return new FileSystemResource(p);
    }
}
'''),
    "java: an unfiltered ObjectInputStream": ("java", "java.flow.deserialization", r'''
import java.io.*;
import javax.servlet.http.*;
public class SessionImport extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
            req.getSession().setAttribute("cart", in.readObject());
        } catch (ClassNotFoundException e) {
            resp.sendError(400);
        }
    }
}
'''),
    "java: a request parameter stored beside a service's answer": ("java", "java.flow.trust-boundary", r'''
import javax.servlet.http.*;
public class TenantServlet extends HttpServlet {
    private final TenantDirectory tenants = TenantDirectory.load();
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        String tenant = tenants.tenantIdForHost(req.getHeader("Host"));
        req.getSession().setAttribute("tenant", tenant);
        req.getSession().setAttribute("plan", req.getParameter("plan"));
    }
}
'''),
    "java: a helper that only trims before HTML": ("java", "java.flow.xss|java.xss.servlet-writer", r'''
import java.io.*;
import javax.servlet.http.*;
public class SearchServlet extends HttpServlet {
    static String h(String s) { return s.trim(); }
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html");
        resp.getWriter().write("<p>Results for " + h(req.getParameter("q")) + "</p>");
    }
}
'''),
    "java: a form-bound entity saved with saveAndFlush": ("java", "java.flow.mass-assignment", r'''
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;
@Controller
public class SignupController {
    @org.springframework.beans.factory.annotation.Autowired
    private MemberRepository members;
    static class Member { String name; boolean verified; }
    @PostMapping("/signup")
    public String signup(@ModelAttribute Member member) {
        members.saveAndFlush(member);
        return "redirect:/welcome";
    }
}
'''),
    "java: a JAX-RS entity persisted through Panache": ("java", "java.flow.mass-assignment", r'''
import jakarta.transaction.Transactional;
import jakarta.ws.rs.*;
@Path("/products")
public class ProductResource {
    public static class Product extends io.quarkus.hibernate.orm.panache.PanacheEntity { public String name; public BigDecimal price; }
    @POST
    @Transactional
    public Product create(Product product) {
        product.persist();
        return product;
    }
}
'''),
    "java: a Micronaut body merged by the entity manager": ("java", "java.flow.mass-assignment", r'''
import io.micronaut.http.annotation.*;
import jakarta.persistence.EntityManager;
@Controller("/customers")
public class CustomerController {
    record Customer(Long id, String name, String role) {}
    private final EntityManager em;
    CustomerController(EntityManager em) { this.em = em; }
    @Put("/{id}")
    public Customer update(Long id, @Body Customer customer) {
        customer.setId(id);
        return em.merge(customer);
    }
}
'''),
    "java: BeanUtils.populate from the parameter map": ("java", "java.flow.mass-assignment", r'''
import javax.servlet.http.*;
import org.apache.commons.beanutils.BeanUtils;
public class ProfileServlet extends HttpServlet {
    public static class Profile { private String nickname; private boolean verified; }
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        Profile p = (Profile) req.getSession().getAttribute("profile");
        try { BeanUtils.populate(p, req.getParameterMap()); } catch (Exception e) { resp.sendError(400); }
    }
}
'''),
    "java: an audit logger named by its type": ("java", "java.flow.log-injection", r'''
import java.util.logging.Logger;
import javax.servlet.http.*;
public class ResetServlet extends HttpServlet {
    private static final Logger SECURITY = Logger.getLogger("security");
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
        SECURITY.info("password reset requested for " + req.getParameter("email"));
    }
}
'''),
    "java: a slf4j logger field fed a header": ("java", "java.flow.log-injection", r'''
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.*;
@RestController
public class Ping {
    private final Logger access = LoggerFactory.getLogger(Ping.class);
    @GetMapping("/ping")
    public String ping(@RequestHeader("User-Agent") String agent) {
        access.info("ping from " + agent);
        return "pong";
    }
}
'''),
    "java: XPath text built from a method's parameter": ("java", "java.flow.xpath-injection", r'''
import javax.xml.xpath.*;
import org.w3c.dom.Document;
public class Accounts {
    private final XPath xpath = XPathFactory.newInstance().newXPath();
    public boolean exists(Document doc, String login) throws XPathExpressionException {
        String q = String.format("count(/accounts/account[login='%s']) > 0", login);
        return (Boolean) xpath.evaluate(q, doc, XPathConstants.BOOLEAN);
    }
}
'''),
    "rs: stored rows pasted into an axum page": ("rust", "rs.flow.xss", r'''
use axum::{extract::State, response::Html};
use sqlx::PgPool;
async fn comments(State(db): State<PgPool>) -> Html<String> {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT author, body FROM comments")
        .fetch_all(&db).await.unwrap_or_default();
    let mut page = String::from("<ul>");
    for (author, body) in &rows {
        page.push_str(&format!("<li>{author}: {body}</li>"));
    }
    Html(page)
}
'''),
    "rs: a helper that only trims before the page": ("rust", "rs.flow.xss", r'''
use axum::{extract::Query, response::Html};
use std::collections::HashMap;
fn tidy(s: &str) -> String { s.trim().to_string() }
async fn search(Query(q): Query<HashMap<String, String>>) -> Html<String> {
    let term = q.get("q").cloned().unwrap_or_default();
    Html(format!("<p>No results for {}</p>", tidy(&term)))
}
'''),
    "go: a method of the snippet that does not escape": ("go", "go.flow.xss", r'''
package main

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Card struct{ Title string }

func (c Card) Render(body string) string {
	return fmt.Sprintf("<div><h2>%s</h2><p>%s</p></div>", c.Title, body)
}

func main() {
	r := gin.Default()
	card := Card{Title: "Notice"}
	r.GET("/note", func(c *gin.Context) {
		c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(card.Render(c.Query("text"))))
	})
	r.Run()
}
'''),
    "cs: a temp path with a fixed name": ("csharp", "cs.flow.shared-temp-file", r'''
using System.IO;
public class Cache {
    public static void Save(string json) {
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "app-cache.json"), json);
    }
}
'''),
    "java: a Javalin page built from a query parameter": ("java", "java.flow.xss", r'''
import io.javalin.Javalin;
public class App {
    public static void main(String[] args) {
        Javalin app = Javalin.create().start(7070);
        app.get("/hello", ctx -> ctx.html("<h1>Hello " + ctx.queryParam("name") + "</h1>"));
    }
}
'''),
    "java: a Javalin redirect to a query parameter": ("java", "java.flow.open-redirect", r'''
import io.javalin.Javalin;
public class App {
    public static void main(String[] args) {
        Javalin app = Javalin.create().start(7070);
        app.get("/go", ctx -> ctx.redirect(ctx.queryParam("next")));
    }
}
'''),
    "java: a command list that starts a shell with -c": ("java", "java.flow.command-injection", r'''
import java.util.*;
import org.springframework.web.bind.annotation.*;
@RestController
public class Run {
    @PostMapping("/run")
    public void run(@RequestParam String script) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("bash");
        cmd.add("-c");
        cmd.add(script);
        new ProcessBuilder(cmd).start();
        List<String> other = new ArrayList<>();
        other.add(script);
        new ProcessBuilder(other).start();
    }
}
'''),
    "rs: a text field pasted in format! SQL": ("rust", "rs.flow.sql-injection", r'''
use axum::{extract::{Query, State}, Json};
use sqlx::PgPool;
#[derive(serde::Deserialize)]
pub struct F { sort: String, limit: i64 }
pub async fn list(State(db): State<PgPool>, Query(f): Query<F>) -> Json<usize> {
    let rows: Vec<(String,)> = sqlx::query_as(&format!("SELECT name FROM users ORDER BY {} LIMIT {}", f.sort, f.limit))
        .fetch_all(&db).await.unwrap();
    Json(rows.len())
}
'''),
    "rs: a handler its own test calls is still a handler": ("rust", "rs.flow.xss", r'''
use axum::{extract::Query, response::Html};
use std::collections::HashMap;
pub async fn hello(Query(q): Query<HashMap<String, String>>) -> Html<String> {
    Html(format!("<h1>{}</h1>", q.get("name").cloned().unwrap_or_default()))
}
#[tokio::test]
async fn renders() {
    let mut m = HashMap::new();
    m.insert("name".to_string(), "x".to_string());
    let _ = hello(Query(m)).await;
}
'''),
}

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
    # "a|b": either rule (a pattern rule and a flow rule on the same line and CWE are reported once)
    assert set(rule.split("|")) & rules_flagged(language, code)
