"""Safe Rust look-alikes that no rule may flag, each scanned as its own snippet, with unsafe twins: what careful
code-instruct answers write across axum, actix-web, rocket and warp (bound queries built in helpers, placeholder
lists for `IN (..)`, argument-list processes, canonicalized paths, auto-escaping templates, exact-host checks,
password hashing, constant-time compares, secrets from the environment, DTOs, generic error pages with the cause
logged, a crate's error logged, `tempfile`, `enclosed_name`, foreign calls given a live buffer, null-checked
pointers, vectors rebuilt from their own parts, arrays of `MaybeUninit` slots).
"""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

SAFE: dict[str, str] = {
    "sql: sqlx query builder with bind in helper": r'''
use axum::{extract::{Path, State}, Json};
use sqlx::{PgPool, Postgres, QueryBuilder};
#[derive(serde::Deserialize)]
pub struct Filter { name: Option<String>, min_age: Option<i32> }
fn build(f: &Filter) -> QueryBuilder<'_, Postgres> {
    let mut qb = QueryBuilder::new("SELECT id, name FROM users WHERE 1=1");
    if let Some(n) = &f.name { qb.push(" AND name = ").push_bind(n); }
    if let Some(a) = f.min_age { qb.push(" AND age >= ").push_bind(a); }
    qb
}
pub async fn search(State(db): State<PgPool>, axum::extract::Query(f): axum::extract::Query<Filter>) -> Json<Vec<(i64, String)>> {
    let rows = build(&f).build_query_as::<(i64, String)>().fetch_all(&db).await.unwrap_or_default();
    Json(rows)
}
''',
    "sql: rusqlite params with format of column from allow-list": r'''
use rusqlite::{params, Connection};
const COLUMNS: &[&str] = &["name", "created_at", "email"];
pub fn list_users(conn: &Connection, sort: &str, name: &str) -> rusqlite::Result<Vec<String>> {
    let col = if COLUMNS.contains(&sort) { sort } else { "name" };
    let sql = format!("SELECT name FROM users WHERE name LIKE ?1 ORDER BY {}", col);
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params![format!("%{}%", name)], |r| r.get(0))?;
    rows.collect()
}
''',
    "sql: actix sqlx query! macro": r'''
use actix_web::{get, web, HttpResponse, Responder};
use sqlx::SqlitePool;
#[get("/users/{id}")]
async fn get_user(pool: web::Data<SqlitePool>, path: web::Path<i64>) -> impl Responder {
    let id = path.into_inner();
    match sqlx::query!("SELECT name FROM users WHERE id = ?", id).fetch_optional(pool.get_ref()).await {
        Ok(Some(row)) => HttpResponse::Ok().json(row.name),
        Ok(None) => HttpResponse::NotFound().finish(),
        Err(e) => { log::error!("db error: {e:?}"); HttpResponse::InternalServerError().finish() }
    }
}
''',
    "sql: diesel filter eq": r'''
use diesel::prelude::*;
use rocket::serde::json::Json;
#[get("/posts?<author>")]
fn posts(author: String, conn: DbConn) -> Json<Vec<Post>> {
    use crate::schema::posts::dsl::*;
    let mut c = conn.get().unwrap();
    let found = posts.filter(author_name.eq(&author)).limit(50).load::<Post>(&mut c).unwrap_or_default();
    Json(found)
}
''',
    "cmd: tokio process args list": r'''
use axum::{extract::Query, http::StatusCode};
use tokio::process::Command;
#[derive(serde::Deserialize)]
pub struct Ping { host: String }
pub async fn ping(Query(p): Query<Ping>) -> Result<String, StatusCode> {
    if !p.host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-') {
        return Err(StatusCode::BAD_REQUEST);
    }
    let out = Command::new("ping").arg("-c").arg("1").arg("--").arg(&p.host)
        .output().await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
''',
    "cmd: std process git with args from parsed number": r'''
use std::process::Command;
fn git_log(repo: &std::path::Path, n: &str) -> std::io::Result<String> {
    let count: u32 = n.parse().map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidInput, "n"))?;
    let out = Command::new("git").current_dir(repo).args(["log", "--oneline", "-n", &count.to_string()]).output()?;
    Ok(String::from_utf8_lossy(&out.stdout).to_string())
}
fn main() {
    let n = std::env::args().nth(1).unwrap_or_else(|| "10".into());
    println!("{}", git_log(std::path::Path::new("."), &n).unwrap());
}
''',
    "cmd: convert with enum mapped format": r'''
use actix_web::{post, web, HttpResponse};
use std::process::Command;
#[derive(serde::Deserialize)]
#[serde(rename_all = "lowercase")]
enum Format { Png, Jpg }
#[derive(serde::Deserialize)]
struct Req { format: Format }
#[post("/convert")]
async fn convert(req: web::Json<Req>) -> HttpResponse {
    let ext = match req.format { Format::Png => "png", Format::Jpg => "jpg" };
    let status = Command::new("convert").arg("/srv/in.tiff").arg(format!("/srv/out.{}", ext)).status();
    match status { Ok(s) if s.success() => HttpResponse::Ok().finish(), _ => HttpResponse::InternalServerError().finish() }
}
''',
    "path: canonicalize + starts_with axum": r'''
use axum::{extract::Path, http::StatusCode};
use std::path::PathBuf;
const ROOT: &str = "/srv/files";
pub async fn download(Path(name): Path<String>) -> Result<Vec<u8>, StatusCode> {
    let base = std::fs::canonicalize(ROOT).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let full = base.join(&name).canonicalize().map_err(|_| StatusCode::NOT_FOUND)?;
    if !full.starts_with(&base) {
        return Err(StatusCode::FORBIDDEN);
    }
    tokio::fs::read(&full).await.map_err(|_| StatusCode::NOT_FOUND)
}
''',
    "path: file_name component only actix": r'''
use actix_web::{get, web, HttpResponse};
use std::path::Path;
#[get("/avatar/{name}")]
async fn avatar(name: web::Path<String>) -> HttpResponse {
    let Some(file) = Path::new(name.as_str()).file_name() else {
        return HttpResponse::BadRequest().finish();
    };
    let path = Path::new("/var/avatars").join(file);
    match std::fs::read(&path) {
        Ok(bytes) => HttpResponse::Ok().content_type("image/png").body(bytes),
        Err(_) => HttpResponse::NotFound().finish(),
    }
}
''',
    "path: components check normal only": r'''
use std::path::{Component, Path, PathBuf};
fn safe_join(base: &Path, rel: &str) -> Option<PathBuf> {
    let rel = Path::new(rel);
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    Some(base.join(rel))
}
#[rocket::get("/docs/<name>")]
async fn doc(name: &str) -> Option<String> {
    let p = safe_join(Path::new("/srv/docs"), name)?;
    tokio::fs::read_to_string(p).await.ok()
}
''',
    "xss: askama template": r'''
use askama::Template;
use axum::{extract::Query, response::Html};
#[derive(Template)]
#[template(path = "hello.html")]
struct Hello<'a> { name: &'a str }
#[derive(serde::Deserialize)]
pub struct Q { name: String }
pub async fn hello(Query(q): Query<Q>) -> Html<String> {
    let page = Hello { name: &q.name };
    Html(page.render().unwrap_or_default())
}
''',
    "xss: maud html macro": r'''
use maud::{html, Markup};
use actix_web::{get, web};
#[get("/greet/{name}")]
async fn greet(name: web::Path<String>) -> Markup {
    html! {
        h1 { "Hello, " (name.as_str()) "!" }
    }
}
''',
    "xss: tera render with context": r'''
use tera::{Context, Tera};
use actix_web::{get, web, HttpResponse};
#[get("/profile")]
async fn profile(tmpl: web::Data<Tera>, q: web::Query<std::collections::HashMap<String, String>>) -> HttpResponse {
    let mut ctx = Context::new();
    ctx.insert("user", q.get("user").map(String::as_str).unwrap_or("guest"));
    match tmpl.render("profile.html", &ctx) {
        Ok(body) => HttpResponse::Ok().content_type("text/html").body(body),
        Err(e) => { log::error!("template: {e}"); HttpResponse::InternalServerError().body("error") }
    }
}
''',
    "xss: json response of input": r'''
use axum::{extract::Query, Json};
use serde_json::{json, Value};
pub async fn echo(Query(q): Query<std::collections::HashMap<String, String>>) -> Json<Value> {
    Json(json!({ "you_sent": q.get("msg") }))
}
''',
    "xss: html_escape in format": r'''
use warp::Filter;
pub fn routes() -> impl Filter<Extract = impl warp::Reply, Error = warp::Rejection> + Clone {
    warp::path!("hi" / String).map(|name: String| {
        let safe = html_escape::encode_text(&name);
        warp::reply::html(format!("<p>Hello {}</p>", safe))
    })
}
''',
    "ssrf: host allow-list parsed url": r'''
use axum::{extract::Query, http::StatusCode};
use url::Url;
const ALLOWED: &[&str] = &["api.github.com", "example.com"];
#[derive(serde::Deserialize)]
pub struct Fetch { url: String }
pub async fn fetch(Query(f): Query<Fetch>) -> Result<String, StatusCode> {
    let u = Url::parse(&f.url).map_err(|_| StatusCode::BAD_REQUEST)?;
    if u.scheme() != "https" || !u.host_str().map_or(false, |h| ALLOWED.contains(&h)) {
        return Err(StatusCode::FORBIDDEN);
    }
    let body = reqwest::get(u).await.map_err(|_| StatusCode::BAD_GATEWAY)?.text().await.map_err(|_| StatusCode::BAD_GATEWAY)?;
    Ok(body)
}
''',
    "ssrf: fixed base with id path segment": r'''
use actix_web::{get, web, HttpResponse};
#[get("/repo/{id}")]
async fn repo(id: web::Path<u64>, client: web::Data<reqwest::Client>) -> HttpResponse {
    let url = format!("https://api.internal.example.com/repos/{}", id.into_inner());
    match client.get(&url).send().await {
        Ok(r) => HttpResponse::Ok().body(r.text().await.unwrap_or_default()),
        Err(_) => HttpResponse::BadGateway().finish(),
    }
}
''',
    "redirect: relative path only": r'''
use axum::{extract::Query, response::Redirect};
#[derive(serde::Deserialize)]
pub struct Next { next: Option<String> }
pub async fn after_login(Query(n): Query<Next>) -> Redirect {
    let target = n.next.unwrap_or_default();
    if target.starts_with('/') && !target.starts_with("//") && !target.contains('\\') {
        Redirect::to(&target)
    } else {
        Redirect::to("/")
    }
}
''',
    "redirect: actix allow-listed map": r'''
use actix_web::{get, web, HttpResponse, http::header};
#[get("/go")]
async fn go(q: web::Query<std::collections::HashMap<String, String>>) -> HttpResponse {
    let dest = match q.get("to").map(String::as_str) {
        Some("docs") => "/docs",
        Some("home") => "/",
        _ => "/",
    };
    HttpResponse::Found().insert_header((header::LOCATION, dest)).finish()
}
''',
    "crypto: argon2 password hash": r'''
use argon2::{password_hash::{rand_core::OsRng, PasswordHasher, SaltString, PasswordHash, PasswordVerifier}, Argon2};
pub fn hash_password(pw: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default().hash_password(pw.as_bytes(), &salt)?.to_string())
}
pub fn verify(pw: &str, stored: &str) -> bool {
    PasswordHash::new(stored).map(|h| Argon2::default().verify_password(pw.as_bytes(), &h).is_ok()).unwrap_or(false)
}
''',
    "crypto: bcrypt hash": r'''
pub fn register(password: &str) -> Result<String, bcrypt::BcryptError> {
    bcrypt::hash(password, bcrypt::DEFAULT_COST)
}
pub fn login(password: &str, hash: &str) -> bool {
    bcrypt::verify(password, hash).unwrap_or(false)
}
''',
    "crypto: aes-gcm random nonce": r'''
use aes_gcm::{aead::{Aead, AeadCore, KeyInit, OsRng}, Aes256Gcm, Key};
pub fn encrypt(key: &[u8; 32], plaintext: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key));
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = nonce.to_vec();
    out.extend(cipher.encrypt(&nonce, plaintext).expect("encrypt"));
    out
}
''',
    "crypto: md5 for etag non-security": r'''
use sha2::{Digest, Sha256};
pub fn etag(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    format!("\"{:x}\"", digest)
}
''',
    "random: rand for shuffle non-secret": r'''
use rand::seq::SliceRandom;
use rand::thread_rng;
pub fn shuffle_playlist(songs: &mut Vec<String>) {
    let mut rng = thread_rng();
    songs.shuffle(&mut rng);
}
''',
    "random: token from OsRng": r'''
use rand::{rngs::OsRng, RngCore};
pub fn session_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}
''',
    "timing: constant_time_eq": r'''
use subtle::ConstantTimeEq;
use axum::http::{HeaderMap, StatusCode};
pub async fn webhook(headers: HeaderMap, body: String) -> StatusCode {
    let secret = std::env::var("WEBHOOK_TOKEN").unwrap_or_default();
    let given = headers.get("x-token").and_then(|v| v.to_str().ok()).unwrap_or("");
    if secret.is_empty() || given.as_bytes().ct_eq(secret.as_bytes()).unwrap_u8() != 1 {
        return StatusCode::UNAUTHORIZED;
    }
    let _ = body;
    StatusCode::OK
}
''',
    "timing: hmac verify_slice": r'''
use hmac::{Hmac, Mac};
use sha2::Sha256;
pub fn verify_signature(secret: &[u8], payload: &[u8], sig_hex: &str) -> bool {
    let Ok(sig) = hex::decode(sig_hex) else { return false };
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("hmac key");
    mac.update(payload);
    mac.verify_slice(&sig).is_ok()
}
''',
    "secret: jwt key from env": r'''
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
#[derive(serde::Serialize, serde::Deserialize)]
struct Claims { sub: String, exp: usize }
pub fn issue(user: &str) -> String {
    let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
    let claims = Claims { sub: user.to_owned(), exp: 2_000_000_000 };
    encode(&Header::default(), &claims, &EncodingKey::from_secret(secret.as_bytes())).unwrap()
}
pub fn check(token: &str) -> Option<String> {
    let secret = std::env::var("JWT_SECRET").ok()?;
    let data = decode::<Claims>(token, &DecodingKey::from_secret(secret.as_bytes()), &Validation::new(Algorithm::HS256)).ok()?;
    Some(data.claims.sub)
}
''',
    "secret: config struct password from env": r'''
pub struct DbConfig { pub host: String, pub user: String, pub password: String }
impl DbConfig {
    pub fn from_env() -> Result<Self, std::env::VarError> {
        Ok(Self {
            host: std::env::var("DB_HOST").unwrap_or_else(|_| "localhost".into()),
            user: std::env::var("DB_USER")?,
            password: std::env::var("DB_PASSWORD")?,
        })
    }
    pub fn url(&self) -> String { format!("postgres://{}:{}@{}/app", self.user, self.password, self.host) }
}
''',
    "secret: empty password check rejects": r'''
pub fn validate_login(username: &str, password: &str) -> Result<(), &'static str> {
    if password.is_empty() || password == "" {
        return Err("password required");
    }
    if username.trim().is_empty() { return Err("username required"); }
    Ok(())
}
''',
    "secret: ldap bind from env": r'''
use ldap3::{LdapConnAsync, Scope, SearchEntry, ldap_escape};
pub async fn find_user(uid: &str) -> Result<Vec<String>, ldap3::LdapError> {
    let (conn, mut ldap) = LdapConnAsync::new("ldaps://ldap.example.com").await?;
    ldap3::drive!(conn);
    let pw = std::env::var("LDAP_BIND_PW").unwrap_or_default();
    ldap.simple_bind("cn=reader,dc=example,dc=com", &pw).await?.success()?;
    let filter = format!("(uid={})", ldap_escape(uid));
    let (rs, _) = ldap.search("ou=people,dc=example,dc=com", Scope::Subtree, &filter, vec!["cn"]).await?.success()?;
    Ok(rs.into_iter().map(|e| SearchEntry::construct(e).dn).collect())
}
''',
    "tls: reqwest with custom CA": r'''
pub fn client() -> reqwest::Result<reqwest::Client> {
    let pem = std::fs::read("/etc/app/ca.pem").expect("ca");
    let ca = reqwest::Certificate::from_pem(&pem)?;
    reqwest::Client::builder().add_root_certificate(ca).danger_accept_invalid_certs(false).build()
}
''',
    "cookie: secure httponly cookie": r'''
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
pub async fn login(jar: CookieJar) -> CookieJar {
    let token = uuid::Uuid::new_v4().to_string();
    let c = Cookie::build(("session", token)).http_only(true).secure(true).same_site(SameSite::Strict).path("/").build();
    jar.add(c)
}
''',
    "cookie: actix cookie builder": r'''
use actix_web::{cookie::{Cookie, SameSite}, post, HttpResponse};
#[post("/login")]
async fn login() -> HttpResponse {
    let sid = uuid::Uuid::new_v4().to_string();
    let cookie = Cookie::build("sid", sid).secure(true).http_only(true).same_site(SameSite::Lax).finish();
    HttpResponse::Ok().cookie(cookie).finish()
}
''',
    "jwt: decode with validation": r'''
use jsonwebtoken::{decode, DecodingKey, Validation, Algorithm};
use axum::http::{HeaderMap, StatusCode};
#[derive(serde::Deserialize)]
struct Claims { sub: String }
pub async fn me(headers: HeaderMap) -> Result<String, StatusCode> {
    let token = headers.get("authorization").and_then(|h| h.to_str().ok()).and_then(|h| h.strip_prefix("Bearer ")).ok_or(StatusCode::UNAUTHORIZED)?;
    let key = DecodingKey::from_secret(std::env::var("JWT_SECRET").map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?.as_bytes());
    let mut v = Validation::new(Algorithm::HS256);
    v.validate_exp = true;
    let data = decode::<Claims>(token, &key, &v).map_err(|_| StatusCode::UNAUTHORIZED)?;
    Ok(data.claims.sub)
}
''',
    "regex: escaped user input": r'''
use axum::extract::Query;
use regex::Regex;
#[derive(serde::Deserialize)]
pub struct S { q: String }
pub async fn search(Query(s): Query<S>) -> String {
    let re = match Regex::new(&format!("(?i){}", regex::escape(&s.q))) { Ok(r) => r, Err(_) => return String::new() };
    let names = ["alice", "bob", "carol"];
    names.iter().filter(|n| re.is_match(n)).cloned().collect::<Vec<_>>().join(",")
}
''',
    "log: tracing structured field": r'''
use axum::extract::Query;
#[derive(serde::Deserialize, Debug)]
pub struct Login { user: String }
pub async fn login(Query(l): Query<Login>) -> &'static str {
    tracing::info!(user = ?l.user, "login attempt");
    log::info!("login attempt for {:?}", l.user);
    "ok"
}
''',
    "log: sanitized newline": r'''
use actix_web::{post, web, HttpResponse};
fn clean(s: &str) -> String { s.chars().filter(|c| !c.is_control()).collect() }
#[post("/feedback")]
async fn feedback(form: web::Form<std::collections::HashMap<String, String>>) -> HttpResponse {
    let who = form.get("email").map(|s| clean(s)).unwrap_or_default();
    log::info!("feedback from {}", who);
    HttpResponse::Ok().finish()
}
''',
    "error: generic 500 with log": r'''
use axum::{http::StatusCode, response::{IntoResponse, Response}};
pub struct AppError(anyhow::Error);
impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        tracing::error!("request failed: {:?}", self.0);
        (StatusCode::INTERNAL_SERVER_ERROR, "Internal server error").into_response()
    }
}
impl<E: Into<anyhow::Error>> From<E> for AppError { fn from(e: E) -> Self { AppError(e.into()) } }
''',
    "error: actix error logged not returned": r'''
use actix_web::{get, web, HttpResponse};
#[get("/report")]
async fn report(pool: web::Data<sqlx::PgPool>) -> HttpResponse {
    match sqlx::query_scalar::<_, i64>("SELECT count(*) FROM orders").fetch_one(pool.get_ref()).await {
        Ok(n) => HttpResponse::Ok().json(n),
        Err(e) => {
            log::error!("report failed: {:?}", e);
            HttpResponse::InternalServerError().json(serde_json::json!({"error": "internal error"}))
        }
    }
}
''',
    "mass: DTO without role": r'''
use axum::{extract::State, Json};
use sqlx::PgPool;
#[derive(serde::Deserialize)]
pub struct NewUser { name: String, email: String }
pub async fn create(State(db): State<PgPool>, Json(u): Json<NewUser>) -> Result<Json<i64>, axum::http::StatusCode> {
    let id: i64 = sqlx::query_scalar("INSERT INTO users (name, email, role) VALUES ($1, $2, 'user') RETURNING id")
        .bind(&u.name).bind(&u.email).fetch_one(&db).await.map_err(|_| axum::http::StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(id))
}
''',
    "temp: tempfile named": r'''
use std::io::Write;
pub fn write_report(data: &[u8]) -> std::io::Result<std::path::PathBuf> {
    let mut f = tempfile::NamedTempFile::new()?;
    f.write_all(data)?;
    let (_file, path) = f.keep().map_err(|e| e.error)?;
    Ok(path)
}
pub fn scratch() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    std::fs::write(dir.path().join("out.txt"), b"x")?;
    Ok(())
}
''',
    "zip: enclosed_name": r'''
use std::fs;
use std::path::Path;
pub fn extract(archive: &Path, dest: &Path) -> zip::result::ZipResult<()> {
    let mut zip = zip::ZipArchive::new(fs::File::open(archive)?)?;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i)?;
        let Some(rel) = entry.enclosed_name() else { continue };
        let out = dest.join(rel);
        if entry.is_dir() { fs::create_dir_all(&out)?; continue; }
        if let Some(p) = out.parent() { fs::create_dir_all(p)?; }
        let mut f = fs::File::create(&out)?;
        std::io::copy(&mut entry, &mut f)?;
    }
    Ok(())
}
''',
    "zip: tar unpack_in": r'''
use std::fs::File;
pub fn untar(path: &str, dest: &str) -> std::io::Result<()> {
    let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(File::open(path)?));
    for entry in ar.entries()? {
        let mut e = entry?;
        if !e.unpack_in(dest)? { eprintln!("skipped entry outside {}", dest); }
    }
    Ok(())
}
''',
    "nosql: mongodb doc with string": r'''
use axum::{extract::{Query, State}, Json};
use mongodb::{bson::doc, Collection};
#[derive(serde::Deserialize)]
pub struct Q { username: String }
pub async fn find(State(col): State<Collection<mongodb::bson::Document>>, Query(q): Query<Q>) -> Json<bool> {
    let found = col.find_one(doc! { "username": q.username.as_str() }).await.ok().flatten().is_some();
    Json(found)
}
''',
    "deser: serde_json into typed struct": r'''
use actix_web::{post, web, HttpResponse};
#[derive(serde::Deserialize)]
struct Order { item: String, qty: u32 }
#[post("/order")]
async fn order(body: web::Bytes) -> HttpResponse {
    match serde_json::from_slice::<Order>(&body) {
        Ok(o) if o.qty > 0 && o.qty < 100 => HttpResponse::Ok().body(format!("{} x{}", o.item.len(), o.qty)),
        _ => HttpResponse::BadRequest().finish(),
    }
}
''',
    "xml: quick-xml reader": r'''
use quick_xml::{events::Event, Reader};
pub fn titles(xml: &str) -> Vec<String> {
    let mut r = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    loop {
        match r.read_event_into(&mut buf) {
            Ok(Event::Text(t)) => out.push(t.unescape().map(|s| s.into_owned()).unwrap_or_default()),
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    out
}
''',
    "trust: session stores looked-up user id": r'''
use actix_session::Session;
use actix_web::{post, web, HttpResponse};
#[derive(serde::Deserialize)]
struct Login { username: String, password: String }
#[post("/login")]
async fn login(session: Session, form: web::Form<Login>, pool: web::Data<sqlx::PgPool>) -> HttpResponse {
    let row: Option<(i64, String)> = sqlx::query_as("SELECT id, pw_hash FROM users WHERE username = $1")
        .bind(&form.username).fetch_optional(pool.get_ref()).await.unwrap_or(None);
    match row {
        Some((id, hash)) if bcrypt::verify(&form.password, &hash).unwrap_or(false) => {
            session.insert("user_id", id).ok();
            HttpResponse::Ok().finish()
        }
        _ => HttpResponse::Unauthorized().finish(),
    }
}
''',
    "header: content-disposition sanitized": r'''
use axum::{extract::Path, http::header, response::IntoResponse};
pub async fn dl(Path(name): Path<String>) -> impl IntoResponse {
    let clean: String = name.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '_').collect();
    ([(header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", clean))], "data")
}
''',
    "mem: unsafe get_unchecked after bounds check": r'''
pub fn sum_pairs(v: &[u32], idx: &[usize]) -> u64 {
    let mut total = 0u64;
    for &i in idx {
        if i >= v.len() { continue; }
        // SAFETY: i < v.len() checked above
        total += unsafe { *v.get_unchecked(i) } as u64;
    }
    total
}
''',
    "mem: from_raw_parts with checked len": r'''
pub unsafe fn view<'a>(ptr: *const u8, len: usize, cap: usize) -> Option<&'a [u8]> {
    if ptr.is_null() || len > cap {
        return None;
    }
    Some(std::slice::from_raw_parts(ptr, len))
}
''',
    "mem: CString kept alive": r'''
use std::ffi::{CString, c_char};
extern "C" { fn puts(s: *const c_char) -> i32; }
pub fn say(msg: &str) -> Result<(), std::ffi::NulError> {
    let c = CString::new(msg)?;
    unsafe { puts(c.as_ptr()); }
    Ok(())
}
''',
    "mem: Box into_raw from_raw once": r'''
#[repr(C)]
pub struct Handle { count: u32 }
#[no_mangle]
pub extern "C" fn handle_new() -> *mut Handle { Box::into_raw(Box::new(Handle { count: 0 })) }
#[no_mangle]
pub extern "C" fn handle_free(h: *mut Handle) {
    if h.is_null() { return; }
    unsafe { drop(Box::from_raw(h)); }
}
''',
    "mem: copy_nonoverlapping with min len": r'''
pub fn copy_into(dst: &mut [u8], src: &[u8]) -> usize {
    let n = dst.len().min(src.len());
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), n); }
    n
}
''',
    "mem: MaybeUninit written then assume_init": r'''
use std::mem::MaybeUninit;
pub fn squares() -> [u64; 8] {
    // SAFETY: an array of MaybeUninit needs no initialization
    let mut arr: [MaybeUninit<u64>; 8] = unsafe { MaybeUninit::uninit().assume_init() };
    for (i, slot) in arr.iter_mut().enumerate() {
        slot.write((i * i) as u64);
    }
    // SAFETY: every slot was written above
    arr.map(|x| unsafe { x.assume_init() })
}
''',
    "mem: packet header length checked": r'''
pub fn parse(buf: &[u8]) -> Option<&[u8]> {
    if buf.len() < 4 { return None; }
    let len = u32::from_be_bytes([buf[0], buf[1], buf[2], buf[3]]) as usize;
    if len > buf.len() - 4 { return None; }
    Some(&buf[4..4 + len])
}
''',
    "log: err of tainted parse logged": r'''
use axum::{extract::Query, http::StatusCode};
pub async fn qty(Query(q): Query<std::collections::HashMap<String, String>>) -> StatusCode {
    let raw = q.get("n").cloned().unwrap_or_default();
    match raw.parse::<u32>() {
        Ok(n) => { tracing::info!("qty {}", n); StatusCode::OK }
        Err(e) => { tracing::warn!("bad qty: {}", e); StatusCode::BAD_REQUEST }
    }
}
''',
    "log: err of sqlx with bound input": r'''
use actix_web::{post, web, HttpResponse};
#[derive(serde::Deserialize)]
struct NewTodo { title: String }
#[post("/todos")]
async fn add(pool: web::Data<sqlx::PgPool>, body: web::Json<NewTodo>) -> HttpResponse {
    let res = sqlx::query("INSERT INTO todos (title) VALUES ($1)").bind(&body.title).execute(pool.get_ref()).await;
    if let Err(err) = res {
        log::error!("insert failed: {err}");
        return HttpResponse::InternalServerError().finish();
    }
    HttpResponse::Created().finish()
}
''',
    "log: map_err logging of serde error": r'''
use axum::{body::Bytes, http::StatusCode};
#[derive(serde::Deserialize)]
struct Event { kind: String }
pub async fn hook(body: Bytes) -> Result<&'static str, StatusCode> {
    let ev: Event = serde_json::from_slice(&body).map_err(|e| {
        tracing::error!("invalid payload: {e}");
        StatusCode::BAD_REQUEST
    })?;
    if ev.kind == "ping" { return Ok("pong"); }
    Ok("ok")
}
''',
    "ssrf: reqwest query params to fixed host": r'''
use axum::{extract::Query, Json};
#[derive(serde::Deserialize)]
pub struct W { city: String }
pub async fn weather(Query(w): Query<W>) -> Json<serde_json::Value> {
    let client = reqwest::Client::new();
    let key = std::env::var("WEATHER_KEY").unwrap_or_default();
    let v = client.get("https://api.openweathermap.org/data/2.5/weather")
        .query(&[("q", w.city.as_str()), ("appid", key.as_str())])
        .send().await.unwrap().json().await.unwrap_or_default();
    Json(v)
}
''',
    "ssrf: url set_path with user segment after fixed base": r'''
use url::Url;
pub async fn user_repos(user: &str) -> reqwest::Result<String> {
    if !user.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') { return Ok(String::new()); }
    let mut u = Url::parse("https://api.github.com/").unwrap();
    u.path_segments_mut().unwrap().push("users").push(user).push("repos");
    reqwest::get(u).await?.text().await
}
''',
    "redirect: url parse same host": r'''
use actix_web::{get, web, HttpResponse, http::header::LOCATION};
use url::Url;
#[get("/out")]
async fn out(q: web::Query<std::collections::HashMap<String, String>>) -> HttpResponse {
    let target = q.get("url").cloned().unwrap_or_default();
    let ok = Url::parse(&target).ok().filter(|u| u.scheme() == "https" && u.host_str() == Some("example.com"));
    match ok {
        Some(u) => HttpResponse::Found().insert_header((LOCATION, u.as_str())).finish(),
        None => HttpResponse::Found().insert_header((LOCATION, "/")).finish(),
    }
}
''',
    "path: upload saved under uuid name": r'''
use axum::extract::Multipart;
pub async fn upload(mut mp: Multipart) -> Result<String, axum::http::StatusCode> {
    while let Some(field) = mp.next_field().await.map_err(|_| axum::http::StatusCode::BAD_REQUEST)? {
        let data = field.bytes().await.map_err(|_| axum::http::StatusCode::BAD_REQUEST)?;
        let name = format!("{}.bin", uuid::Uuid::new_v4());
        let path = std::path::Path::new("/srv/uploads").join(&name);
        tokio::fs::write(&path, &data).await.map_err(|_| axum::http::StatusCode::INTERNAL_SERVER_ERROR)?;
        return Ok(name);
    }
    Err(axum::http::StatusCode::BAD_REQUEST)
}
''',
    "path: id parsed to int for file": r'''
#[rocket::get("/invoice/<id>")]
async fn invoice(id: u64) -> Option<rocket::fs::NamedFile> {
    rocket::fs::NamedFile::open(format!("/srv/invoices/{}.pdf", id)).await.ok()
}
''',
    "path: rocket PathBuf segments (safe by FromSegments)": r'''
use rocket::fs::NamedFile;
use std::path::{Path, PathBuf};
#[rocket::get("/static/<file..>")]
async fn files(file: PathBuf) -> Option<NamedFile> {
    NamedFile::open(Path::new("static/").join(file)).await.ok()
}
''',
    "cmd: Command with config from env": r'''
use std::process::Command;
pub fn backup() -> std::io::Result<bool> {
    let dir = std::env::var("BACKUP_DIR").unwrap_or_else(|_| "/var/backups".into());
    let status = Command::new("pg_dump").arg("--format=custom").arg("--file").arg(format!("{}/db.dump", dir)).arg("appdb").status()?;
    Ok(status.success())
}
''',
    "sql: sqlx query with format of table constant": r'''
use sqlx::SqlitePool;
const TABLE: &str = "audit_log";
pub async fn recent(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<(String,)>> {
    let sql = format!("SELECT action FROM {} WHERE user_id = ? ORDER BY ts DESC LIMIT 20", TABLE);
    sqlx::query_as(&sql).bind(user_id).fetch_all(pool).await
}
''',
    "sql: placeholders generated for IN list": r'''
use rusqlite::{Connection, params_from_iter};
pub fn by_ids(conn: &Connection, ids: &[i64]) -> rusqlite::Result<Vec<String>> {
    let marks = vec!["?"; ids.len()].join(",");
    let sql = format!("SELECT name FROM items WHERE id IN ({})", marks);
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(ids.iter()), |r| r.get(0))?;
    rows.collect()
}
''',
    "xss: warp json reply": r'''
use warp::Filter;
pub fn api() -> impl Filter<Extract = impl warp::Reply, Error = warp::Rejection> + Clone {
    warp::path!("echo" / String).map(|s: String| warp::reply::json(&serde_json::json!({"echo": s})))
}
''',
    "xss: plain text content type": r'''
use actix_web::{get, web, HttpResponse};
#[get("/say/{msg}")]
async fn say(msg: web::Path<String>) -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain; charset=utf-8").body(format!("You said: {}", msg.into_inner()))
}
''',
    "xss: ammonia clean": r'''
use axum::{Form, response::Html};
#[derive(serde::Deserialize)]
pub struct Post { body: String }
pub async fn preview(Form(p): Form<Post>) -> Html<String> {
    let clean = ammonia::clean(&p.body);
    Html(format!("<article>{}</article>", clean))
}
''',
    "random: rand for jitter non-secret": r'''
use rand::Rng;
use std::time::Duration;
pub async fn retry<F, Fut, T, E>(mut f: F) -> Result<T, E> where F: FnMut() -> Fut, Fut: std::future::Future<Output = Result<T, E>> {
    let mut delay = 100u64;
    loop {
        match f().await {
            Ok(v) => return Ok(v),
            Err(e) if delay > 5000 => return Err(e),
            Err(_) => {
                let jitter = rand::thread_rng().gen_range(0..delay / 2);
                tokio::time::sleep(Duration::from_millis(delay + jitter)).await;
                delay *= 2;
            }
        }
    }
}
''',
    "secret: test password in #[cfg(test)]-free builder from args": r'''
use sqlx::postgres::PgConnectOptions;
pub fn opts(cfg: &Settings) -> PgConnectOptions {
    PgConnectOptions::new().host(&cfg.db_host).username(&cfg.db_user).password(&cfg.db_password).database("app")
}
pub struct Settings { pub db_host: String, pub db_user: String, pub db_password: String }
''',
    "secret: password field compared via argon2 verify": r'''
use argon2::{Argon2, PasswordHash, PasswordVerifier};
#[derive(serde::Deserialize)]
pub struct Login { pub username: String, pub password: String }
pub fn check(login: &Login, stored_hash: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored_hash) else { return false };
    Argon2::default().verify_password(login.password.as_bytes(), &parsed).is_ok()
}
''',
    "timing: ring constant time": r'''
pub fn api_key_ok(given: &str, expected: &str) -> bool {
    ring::constant_time::verify_slices_are_equal(given.as_bytes(), expected.as_bytes()).is_ok()
}
''',
    "tls: native-tls default connector": r'''
use std::net::TcpStream;
use std::io::Write;
pub fn send(host: &str) -> Result<(), Box<dyn std::error::Error>> {
    let connector = native_tls::TlsConnector::new()?;
    let stream = TcpStream::connect((host, 443))?;
    let mut s = connector.connect(host, stream)?;
    s.write_all(b"GET / HTTP/1.0\r\n\r\n")?;
    Ok(())
}
''',
    "cookie: cookie crate private jar": r'''
use rocket::http::{Cookie, CookieJar, SameSite};
#[rocket::post("/login")]
fn login(jar: &CookieJar<'_>) -> &'static str {
    let mut c = Cookie::new("user_id", "42");
    c.set_secure(true);
    c.set_http_only(true);
    c.set_same_site(SameSite::Strict);
    jar.add_private(c);
    "ok"
}
''',
    "error: rocket catcher generic": r'''
use rocket::{catch, Request};
#[catch(500)]
fn internal(req: &Request) -> &'static str {
    log::error!("500 on {}", req.uri().path());
    "Something went wrong"
}
''',
    "mass: update only allowed fields": r'''
use axum::{extract::{Path, State}, Json, http::StatusCode};
#[derive(serde::Deserialize)]
pub struct ProfileUpdate { display_name: Option<String>, bio: Option<String> }
pub async fn update(State(db): State<sqlx::PgPool>, Path(id): Path<i64>, Json(p): Json<ProfileUpdate>) -> StatusCode {
    let r = sqlx::query("UPDATE users SET display_name = COALESCE($1, display_name), bio = COALESCE($2, bio) WHERE id = $3")
        .bind(p.display_name).bind(p.bio).bind(id).execute(&db).await;
    if r.is_ok() { StatusCode::NO_CONTENT } else { StatusCode::INTERNAL_SERVER_ERROR }
}
''',
    "temp: create_new in temp dir with random name": r'''
use std::fs::OpenOptions;
use std::io::Write;
pub fn spill(data: &[u8]) -> std::io::Result<std::path::PathBuf> {
    let path = std::env::temp_dir().join(format!("spill-{}.dat", uuid::Uuid::new_v4()));
    let mut f = OpenOptions::new().write(true).create_new(true).open(&path)?;
    f.write_all(data)?;
    Ok(path)
}
''',
    "zip: manual normalize check": r'''
use std::path::{Component, Path};
pub fn unzip(file: std::fs::File, dest: &Path) -> zip::result::ZipResult<()> {
    let mut ar = zip::ZipArchive::new(file)?;
    for i in 0..ar.len() {
        let mut f = ar.by_index(i)?;
        let name = Path::new(f.name()).to_path_buf();
        if name.is_absolute() || name.components().any(|c| matches!(c, Component::ParentDir)) {
            continue;
        }
        let out = dest.join(&name);
        if let Some(p) = out.parent() { std::fs::create_dir_all(p)?; }
        let mut w = std::fs::File::create(&out)?;
        std::io::copy(&mut f, &mut w)?;
    }
    Ok(())
}
''',
    "nosql: mongodb filter with parsed ObjectId": r'''
use mongodb::bson::{doc, oid::ObjectId, Document};
use actix_web::{get, web, HttpResponse};
#[get("/items/{id}")]
async fn item(col: web::Data<mongodb::Collection<Document>>, id: web::Path<String>) -> HttpResponse {
    let Ok(oid) = ObjectId::parse_str(id.as_str()) else { return HttpResponse::BadRequest().finish() };
    match col.find_one(doc! {"_id": oid}).await {
        Ok(Some(d)) => HttpResponse::Ok().json(d),
        _ => HttpResponse::NotFound().finish(),
    }
}
''',
    "ldap: escaped filter": r'''
use ldap3::{LdapConn, Scope, ldap_escape};
pub fn groups(ldap: &mut LdapConn, user: &str) -> ldap3::result::Result<usize> {
    let f = format!("(&(objectClass=group)(member=uid={},ou=people,dc=ex,dc=com))", ldap_escape(user));
    let (rs, _r) = ldap.search("dc=ex,dc=com", Scope::Subtree, &f, vec!["cn"])?.success()?;
    Ok(rs.len())
}
''',
    "header: header value from validated enum": r'''
use axum::{extract::Query, http::{header, HeaderMap, HeaderValue}};
#[derive(serde::Deserialize)]
pub struct L { lang: String }
pub async fn page(Query(l): Query<L>) -> (HeaderMap, &'static str) {
    let lang = match l.lang.as_str() { "de" => "de", "fr" => "fr", _ => "en" };
    let mut h = HeaderMap::new();
    h.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang));
    (h, "hi")
}
''',
    "mem: index checked via get": r'''
pub fn pick(v: &[i32], i: usize) -> Option<i32> {
    v.get(i).copied()
}
pub fn ptr_read(v: &[u8], i: usize) -> u8 {
    assert!(i < v.len(), "index out of range");
    unsafe { *v.as_ptr().add(i) }
}
''',
    "mem: raw parts from vec into_raw_parts rebuild": r'''
pub fn roundtrip(v: Vec<u32>) -> Vec<u32> {
    let mut v = std::mem::ManuallyDrop::new(v);
    let (ptr, len, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
    // SAFETY: ptr, len and cap come from the same Vec, which is not dropped
    unsafe { Vec::from_raw_parts(ptr, len, cap) }
}
''',
    "mem: ffi out buffer with size": r'''
use std::os::raw::{c_char, c_int};
extern "C" { fn gethostname(name: *mut c_char, len: usize) -> c_int; }
pub fn hostname() -> Option<String> {
    let mut buf = vec![0u8; 256];
    let rc = unsafe { gethostname(buf.as_mut_ptr() as *mut c_char, buf.len()) };
    if rc != 0 { return None; }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8(buf[..end].to_vec()).ok()
}
''',
    "deser: bincode with limit": r'''
use bincode::Options;
#[derive(serde::Deserialize)]
pub struct Msg { id: u32, text: String }
pub fn decode(bytes: &[u8]) -> Option<Msg> {
    bincode::DefaultOptions::new().with_limit(64 * 1024).deserialize(bytes).ok()
}
''',
    "regex: constant pattern validates input": r'''
use axum::{extract::Query, http::StatusCode};
use once_cell::sync::Lazy;
use regex::Regex;
static USERNAME: Lazy<Regex> = Lazy::new(|| Regex::new(r"^[a-z0-9_]{3,32}$").unwrap());
#[derive(serde::Deserialize)]
pub struct U { name: String }
pub async fn check(Query(u): Query<U>) -> StatusCode {
    if USERNAME.is_match(&u.name) { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY }
}
''',
    "random: dice game rng": r'''
use rand::Rng;
pub fn roll(sides: u32) -> u32 {
    let mut rng = rand::thread_rng();
    rng.gen_range(1..=sides)
}
pub fn sample_ids(ids: &[u64]) -> Option<u64> {
    if ids.is_empty() { return None; }
    Some(ids[rand::random::<usize>() % ids.len()])
}
''',
    "cookie: preference cookie built with flags in helper": r'''
use actix_web::{cookie::{Cookie, SameSite}, get, web, HttpResponse};
fn pref_cookie(name: &'static str, value: String) -> Cookie<'static> {
    Cookie::build(name, value).path("/").secure(true).http_only(true).same_site(SameSite::Lax).finish()
}
#[get("/theme/{t}")]
async fn theme(t: web::Path<String>) -> HttpResponse {
    let t = if t.as_str() == "dark" { "dark" } else { "light" };
    HttpResponse::Ok().cookie(pref_cookie("theme", t.to_string())).finish()
}
''',
    "timing: non-secret equality of role": r'''
#[derive(serde::Deserialize)]
pub struct Claims { pub sub: String, pub role: String }
pub fn is_admin(c: &Claims) -> bool {
    c.role == "admin"
}
pub fn same_user(c: &Claims, owner: &str) -> bool {
    c.sub == owner
}
''',
    "secret: form field named password": r'''
use actix_web::{post, web, HttpResponse};
#[derive(serde::Deserialize)]
struct LoginForm { username: String, #[serde(rename = "password")] pass: String }
#[post("/login")]
async fn login(form: web::Form<LoginForm>, pool: web::Data<sqlx::PgPool>) -> HttpResponse {
    if form.pass.is_empty() { return HttpResponse::BadRequest().body("password is required"); }
    let hash: Option<String> = sqlx::query_scalar("SELECT pw_hash FROM users WHERE username = $1")
        .bind(&form.username).fetch_optional(pool.get_ref()).await.ok().flatten();
    match hash {
        Some(h) if bcrypt::verify(&form.pass, &h).unwrap_or(false) => HttpResponse::Ok().finish(),
        _ => HttpResponse::Unauthorized().finish(),
    }
}
''',
    "secret: Default for login DTO": r'''
#[derive(Debug, Clone, serde::Deserialize)]
pub struct LoginForm { pub username: String, pub password: String }
impl Default for LoginForm {
    fn default() -> Self { Self { username: String::new(), password: String::new() } }
}
pub fn validate(f: &LoginForm) -> Result<(), &'static str> {
    if f.password.len() < 12 { return Err("password too short"); }
    Ok(())
}
''',
    "secret: constants that are not secrets": r'''
pub const PASSWORD_MIN_LEN: usize = 12;
pub const TOKEN_HEADER: &str = "X-Api-Token";
pub const PASSWORD_FIELD: &str = "password";
pub fn token_of(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers.get(TOKEN_HEADER)?.to_str().ok()
}
''',
    "jwt: decode_header for kid then verify": r'''
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
#[derive(serde::Deserialize)]
struct Claims { sub: String }
pub fn verify(token: &str, keys: &std::collections::HashMap<String, DecodingKey>) -> Option<String> {
    let header = decode_header(token).ok()?;
    let key = keys.get(header.kid.as_deref()?)?;
    let data = decode::<Claims>(token, key, &Validation::new(Algorithm::RS256)).ok()?;
    Some(data.claims.sub)
}
''',
    "trust: session stores csrf token generated by server": r'''
use tower_sessions::Session;
use axum::response::Html;
pub async fn form(session: Session) -> Html<String> {
    let token = uuid::Uuid::new_v4().to_string();
    session.insert("csrf", &token).await.ok();
    Html(format!("<form method=post><input type=hidden name=csrf value=\"{}\"></form>", token))
}
''',
    "mass: struct update with server-set fields": r'''
use axum::{extract::State, Json, http::StatusCode};
#[derive(serde::Deserialize)]
pub struct SignUp { pub email: String, pub name: String }
pub struct User { pub email: String, pub name: String, pub is_admin: bool, pub verified: bool }
pub async fn sign_up(State(db): State<sqlx::PgPool>, Json(s): Json<SignUp>) -> StatusCode {
    let u = User { email: s.email, name: s.name, is_admin: false, verified: false };
    let r = sqlx::query("INSERT INTO users (email, name, is_admin, verified) VALUES ($1, $2, $3, $4)")
        .bind(&u.email).bind(&u.name).bind(u.is_admin).bind(u.verified).execute(&db).await;
    if r.is_ok() { StatusCode::CREATED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
''',
    "path: tower ServeDir": r'''
use axum::Router;
use tower_http::services::ServeDir;
pub fn app() -> Router {
    Router::new().nest_service("/static", ServeDir::new("static"))
}
''',
    "zip: zip crate extract": r'''
pub fn unpack(path: &std::path::Path, dest: &std::path::Path) -> zip::result::ZipResult<()> {
    let file = std::fs::File::open(path)?;
    let mut archive = zip::ZipArchive::new(file)?;
    archive.extract(dest)
}
''',
    "temp: tempfile builder": r'''
use std::io::Write;
pub fn stage(bytes: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let mut f = tempfile::Builder::new().prefix("upload-").suffix(".bin").tempfile()?;
    f.write_all(bytes)?;
    Ok(f)
}
''',
    "xss: static html page": r'''
use actix_web::{get, HttpResponse};
#[get("/")]
async fn index() -> HttpResponse {
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(include_str!("../static/index.html"))
}
''',
    "deser: serde_yaml typed config": r'''
#[derive(serde::Deserialize)]
pub struct Settings { pub port: u16, pub workers: usize }
pub async fn upload_settings(body: String) -> Result<String, axum::http::StatusCode> {
    let s: Settings = serde_yaml::from_str(&body).map_err(|_| axum::http::StatusCode::BAD_REQUEST)?;
    Ok(format!("port {} workers {}", s.port, s.workers))
}
''',
    "cmd: ls of canonicalized path": r'''
use std::path::Path;
use std::process::Command;
#[rocket::get("/ls?<dir>")]
fn ls(dir: &str) -> Option<String> {
    let base = Path::new("/srv/share").canonicalize().ok()?;
    let target = base.join(dir).canonicalize().ok()?;
    if !target.starts_with(&base) { return None; }
    let out = Command::new("ls").arg("-l").arg(&target).output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}
''',
    "error: cli prints error to stderr": r'''
use anyhow::Context;
fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).context("usage: count <file>")?;
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path))?;
    println!("{}", text.lines().count());
    Ok(())
}
''',
    "log: numeric id and method": r'''
use axum::{extract::Path, http::Method};
pub async fn get_item(method: Method, Path(id): Path<u64>) -> String {
    tracing::info!("{} item {}", method, id);
    format!("{}", id)
}
''',
    "sql: sea-orm filter": r'''
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, DatabaseConnection};
use axum::{extract::{Query, State}, Json};
#[derive(serde::Deserialize)]
pub struct Q { email: String }
pub async fn by_email(State(db): State<DatabaseConnection>, Query(q): Query<Q>) -> Json<Option<user::Model>> {
    let u = user::Entity::find().filter(user::Column::Email.eq(q.email)).one(&db).await.ok().flatten();
    Json(u)
}
''',
    "sql: tokio-postgres params": r'''
use tokio_postgres::Client;
pub async fn rename(client: &Client, id: i32, name: &str) -> Result<u64, tokio_postgres::Error> {
    client.execute("UPDATE items SET name = $1 WHERE id = $2", &[&name, &id]).await
}
''',
    "header: redirect location via validated id": r'''
use axum::{extract::Path, http::{header, StatusCode}, response::IntoResponse};
pub async fn short(Path(code): Path<String>) -> impl IntoResponse {
    if code.len() != 8 || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return (StatusCode::BAD_REQUEST, [(header::LOCATION, "/".to_string())]);
    }
    (StatusCode::FOUND, [(header::LOCATION, format!("/links/{}", code))])
}
''',
    "ssrf: webhook url checked host resolves public": r'''
use std::net::IpAddr;
use url::Url;
pub async fn deliver(raw: &str, payload: &str) -> Result<(), String> {
    let url = Url::parse(raw).map_err(|e| e.to_string())?;
    if url.scheme() != "https" { return Err("https only".into()); }
    let host = url.host_str().ok_or("no host")?;
    let addrs = tokio::net::lookup_host((host, 443)).await.map_err(|e| e.to_string())?;
    for a in addrs {
        let ip: IpAddr = a.ip();
        if ip.is_loopback() || ip.is_unspecified() || matches!(ip, IpAddr::V4(v4) if v4.is_private() || v4.is_link_local()) {
            return Err("internal address".into());
        }
    }
    reqwest::Client::new().post(url).body(payload.to_string()).send().await.map_err(|e| e.to_string())?;
    Ok(())
}
''',
    "mem: slice split_at checked": r'''
pub fn read_u16s(buf: &[u8]) -> Vec<u16> {
    buf.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect()
}
pub fn at(buf: &[u8], i: usize) -> Option<u8> {
    if i >= buf.len() { return None; }
    // SAFETY: i < buf.len()
    Some(unsafe { *buf.get_unchecked(i) })
}
''',
    "mem: CStr from ffi pointer checked": r'''
use std::ffi::CStr;
use std::os::raw::c_char;
#[no_mangle]
pub extern "C" fn greet_len(name: *const c_char) -> usize {
    if name.is_null() {
        return 0;
    }
    let s = unsafe { CStr::from_ptr(name) };
    s.to_bytes().len()
}
''',
    "xss: rocket RawHtml escaped": r'''
use rocket::response::content::RawHtml;
#[rocket::get("/hello/<name>")]
fn hello(name: &str) -> RawHtml<String> {
    RawHtml(format!("<h1>Hello, {}!</h1>", html_escape::encode_safe(name)))
}
''',
    "xss: rocket dyn templates": r'''
use rocket_dyn_templates::{context, Template};
#[rocket::get("/search?<q>")]
fn search(q: &str) -> Template {
    Template::render("search", context! { query: q })
}
''',
    "redirect: rocket uri macro": r'''
use rocket::response::Redirect;
#[rocket::get("/user/<id>")]
fn user(id: u32) -> String { format!("user {}", id) }
#[rocket::post("/login?<id>")]
fn login(id: u32) -> Redirect {
    Redirect::to(rocket::uri!(user(id)))
}
''',
    "redirect: actix relative check via helper": r'''
use actix_web::{get, web, HttpResponse};
fn is_local(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\")
}
#[get("/continue")]
async fn cont(q: web::Query<std::collections::HashMap<String, String>>) -> HttpResponse {
    let next = q.get("next").cloned().unwrap_or_else(|| "/".into());
    let dest = if is_local(&next) { next } else { "/".to_string() };
    HttpResponse::SeeOther().append_header(("Location", dest)).finish()
}
''',
    "sql: limit from parsed int": r'''
use axum::extract::{Query, State};
#[derive(serde::Deserialize)]
pub struct P { page: Option<String> }
pub async fn list(State(db): State<sqlx::PgPool>, Query(p): Query<P>) -> String {
    let page: i64 = p.page.as_deref().and_then(|s| s.parse().ok()).unwrap_or(1).max(1);
    let sql = format!("SELECT title FROM posts ORDER BY id DESC LIMIT 20 OFFSET {}", (page - 1) * 20);
    let rows: Vec<(String,)> = sqlx::query_as(&sql).fetch_all(&db).await.unwrap_or_default();
    rows.into_iter().map(|r| r.0).collect::<Vec<_>>().join("\n")
}
''',
    "sql: diesel sql_query bind": r'''
use diesel::prelude::*;
use diesel::sql_types::Text;
pub fn find(conn: &mut PgConnection, name: &str) -> QueryResult<Vec<User>> {
    diesel::sql_query("SELECT * FROM users WHERE name = $1").bind::<Text, _>(name).load(conn)
}
''',
    "secret: cookie key from env": r'''
use axum_extra::extract::cookie::Key;
pub fn cookie_key() -> Key {
    let secret = std::env::var("COOKIE_SECRET").expect("COOKIE_SECRET");
    Key::from(secret.as_bytes())
}
pub fn dev_key() -> Key { Key::generate() }
''',
    "secret: rsa key read from path in config": r'''
use jsonwebtoken::EncodingKey;
pub struct AuthConfig { pub private_key_path: String }
pub fn signing_key(cfg: &AuthConfig) -> Result<EncodingKey, Box<dyn std::error::Error>> {
    let pem = std::fs::read(&cfg.private_key_path)?;
    Ok(EncodingKey::from_rsa_pem(&pem)?)
}
''',
    "tls: rustls with webpki roots": r'''
use std::sync::Arc;
pub fn tls_config() -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    Arc::new(rustls::ClientConfig::builder().with_root_certificates(roots).with_no_client_auth())
}
''',
    "mem: from_utf8_unchecked after ascii check": r'''
pub fn as_ascii(bytes: &[u8]) -> Option<&str> {
    if !bytes.is_ascii() {
        return None;
    }
    // SAFETY: ASCII is valid UTF-8
    Some(unsafe { std::str::from_utf8_unchecked(bytes) })
}
''',
    "mem: copy_from_slice with len check": r'''
pub fn write_header(out: &mut [u8], magic: &[u8; 4], len: u32) -> Result<(), &'static str> {
    if out.len() < 8 { return Err("buffer too small"); }
    out[..4].copy_from_slice(magic);
    out[4..8].copy_from_slice(&len.to_le_bytes());
    Ok(())
}
''',
    "mem: set_len after read into spare capacity": r'''
use std::io::Read;
pub fn read_n<R: Read>(r: &mut R, n: usize) -> std::io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    r.read_exact(&mut buf)?;
    Ok(buf)
}
''',
    "mem: Rc instead of raw pointers": r'''
use std::rc::Rc;
use std::cell::RefCell;
pub struct Node { pub val: i32, pub next: Option<Rc<RefCell<Node>>> }
pub fn push(head: &Rc<RefCell<Node>>, v: i32) {
    let n = Rc::new(RefCell::new(Node { val: v, next: None }));
    head.borrow_mut().next = Some(n);
}
''',
    "cmd: tokio command with env and kill_on_drop": r'''
use tokio::process::Command;
pub async fn thumbnail(input: &std::path::Path, width: u32) -> std::io::Result<bool> {
    let status = Command::new("ffmpeg").arg("-i").arg(input).arg("-vf").arg(format!("scale={}:-1", width))
        .arg("/srv/thumbs/out.png").kill_on_drop(true).status().await?;
    Ok(status.success())
}
''',
    "nosql: mongodb eq operator with string": r'''
use mongodb::bson::{doc, Document};
use axum::{extract::{Query, State}, Json};
#[derive(serde::Deserialize)]
pub struct F { status: String }
pub async fn orders(State(col): State<mongodb::Collection<Document>>, Query(f): Query<F>) -> Json<u64> {
    let n = col.count_documents(doc! { "status": { "$eq": f.status.clone() } }).await.unwrap_or(0);
    Json(n)
}
''',
    "xpath: sxd with literal query and variable": r'''
pub fn titles(xml: &str) -> Vec<String> {
    let pkg = sxd_document::parser::parse(xml).expect("xml");
    let doc = pkg.as_document();
    let value = sxd_xpath::evaluate_xpath(&doc, "//book/title").expect("xpath");
    vec![value.string()]
}
''',
    "error: axum map_err to generic message": r'''
use axum::{extract::State, http::StatusCode, Json};
pub async fn count(State(db): State<sqlx::PgPool>) -> Result<Json<i64>, (StatusCode, String)> {
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM users").fetch_one(&db).await.map_err(|e| {
        tracing::error!(error = %e, "count failed");
        (StatusCode::INTERNAL_SERVER_ERROR, "internal error".to_string())
    })?;
    Ok(Json(n))
}
''',
    "log: tracing span with display of parsed enum": r'''
use actix_web::{post, web, HttpResponse};
#[derive(serde::Deserialize, Debug)]
#[serde(rename_all = "lowercase")]
enum Action { Start, Stop }
#[post("/job/{id}")]
async fn job(path: web::Path<u32>, body: web::Json<std::collections::HashMap<String, Action>>) -> HttpResponse {
    let id = path.into_inner();
    if let Some(a) = body.get("action") {
        log::info!("job {} action {:?}", id, a);
    }
    HttpResponse::Accepted().finish()
}
''',
    "hash: sha256 file checksum named password-free": r'''
use sha2::{Digest, Sha256};
use std::io::Read;
pub fn checksum(path: &std::path::Path) -> std::io::Result<String> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = [0u8; 8192];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 { break; }
        h.update(&buf[..n]);
    }
    Ok(hex::encode(h.finalize()))
}
''',
    "hash: pbkdf2 with many rounds": r'''
use pbkdf2::pbkdf2_hmac;
use sha2::Sha256;
pub fn derive(password: &[u8], salt: &[u8; 16]) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2_hmac::<Sha256>(password, salt, 600_000, &mut key);
    key
}
''',
    "secret: empty string default for optional display name": r'''
#[derive(serde::Deserialize)]
pub struct Profile { pub name: String, #[serde(default)] pub nickname: String }
pub fn greeting(p: &Profile) -> String {
    let shown = if p.nickname.is_empty() { &p.name } else { &p.nickname };
    format!("Hi {}", shown)
}
''',
    "secret: password from prompt": r'''
pub fn connect_url(user: &str) -> std::io::Result<String> {
    let password = rpassword::prompt_password("DB password: ")?;
    Ok(format!("postgres://{}:{}@localhost/app", user, urlencoding::encode(&password)))
}
''',
    "secret: test module with fixed password": r'''
pub fn strong_enough(pw: &str) -> bool { pw.len() >= 12 && pw.chars().any(|c| c.is_ascii_digit()) }
#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn rejects_short() { assert!(!strong_enough("abc1")); }
}
''',
    "error: actix ResponseError generic body": r'''
use actix_web::{http::StatusCode, HttpResponse, ResponseError};
#[derive(Debug, thiserror::Error)]
pub enum ApiError { #[error("database error")] Db(#[from] sqlx::Error), #[error("not found")] NotFound }
impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self { ApiError::Db(_) => StatusCode::INTERNAL_SERVER_ERROR, ApiError::NotFound => StatusCode::NOT_FOUND }
    }
    fn error_response(&self) -> HttpResponse {
        if let ApiError::Db(e) = self { log::error!("db: {:?}", e); }
        HttpResponse::build(self.status_code()).json(serde_json::json!({ "error": self.to_string() }))
    }
}
''',
    "xss: axum Html of escaped list": r'''
use axum::{extract::{Query, State}, response::Html};
pub async fn list(State(db): State<sqlx::SqlitePool>) -> Html<String> {
    let names: Vec<(String,)> = sqlx::query_as("SELECT name FROM users").fetch_all(&db).await.unwrap_or_default();
    let items: String = names.iter().map(|(n,)| format!("<li>{}</li>", html_escape::encode_text(n))).collect();
    Html(format!("<ul>{}</ul>", items))
}
''',
    "trust: session stores user id after verify helper": r'''
use actix_session::Session;
use actix_web::{post, web, HttpResponse};
#[derive(serde::Deserialize)]
struct Creds { user: String, pass: String }
async fn authenticate(pool: &sqlx::PgPool, c: &Creds) -> Option<i64> {
    let row: Option<(i64, String)> = sqlx::query_as("SELECT id, hash FROM users WHERE name = $1").bind(&c.user).fetch_optional(pool).await.ok()?;
    let (id, hash) = row?;
    argon2::verify_encoded(&hash, c.pass.as_bytes()).ok()?.then_some(id)
}
#[post("/login")]
async fn login(s: Session, pool: web::Data<sqlx::PgPool>, c: web::Json<Creds>) -> HttpResponse {
    match authenticate(&pool, &c).await {
        Some(id) => { let _ = s.insert("uid", id); s.renew(); HttpResponse::Ok().finish() }
        None => HttpResponse::Unauthorized().finish(),
    }
}
''',
    "cookie: removal cookie": r'''
use axum_extra::extract::cookie::{Cookie, CookieJar};
pub async fn logout(jar: CookieJar) -> CookieJar {
    jar.remove(Cookie::from("session"))
}
''',
    "ssrf: reqwest to config base url joined with validated id": r'''
pub struct Api { base: url::Url, http: reqwest::Client }
impl Api {
    pub fn from_env() -> Self {
        let base = url::Url::parse(&std::env::var("API_BASE").expect("API_BASE")).expect("url");
        Self { base, http: reqwest::Client::new() }
    }
    pub async fn order(&self, id: u64) -> reqwest::Result<String> {
        let url = self.base.join(&format!("orders/{}", id)).expect("join");
        self.http.get(url).send().await?.text().await
    }
}
''',
    "cmd: Command from const table by key": r'''
use std::process::Command;
use axum::extract::Path;
pub async fn service_status(Path(name): Path<String>) -> String {
    let unit = match name.as_str() { "web" => "nginx.service", "db" => "postgresql.service", _ => return "unknown".into() };
    let out = Command::new("systemctl").args(["is-active", unit]).output();
    out.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default()
}
''',
    "path: read config relative to fixed dir by enum": r'''
#[derive(serde::Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum Env { Dev, Prod }
pub async fn load(axum::extract::Path(env): axum::extract::Path<Env>) -> String {
    let file = match env { Env::Dev => "dev.toml", Env::Prod => "prod.toml" };
    tokio::fs::read_to_string(std::path::Path::new("/etc/app").join(file)).await.unwrap_or_default()
}
''',
    "mem: unsafe impl Send with SAFETY": r'''
pub struct Buf { ptr: std::ptr::NonNull<u8>, len: usize }
// SAFETY: Buf owns its allocation exclusively; no aliasing across threads
unsafe impl Send for Buf {}
impl Buf {
    pub fn as_slice(&self) -> &[u8] {
        // SAFETY: ptr is valid for len bytes for as long as self lives
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}
''',
    "mem: bounds-checked pointer offset loop": r'''
pub fn sum(data: &[u32]) -> u64 {
    let p = data.as_ptr();
    let mut s = 0u64;
    for i in 0..data.len() {
        s += unsafe { *p.add(i) } as u64;
    }
    s
}
''',
    "hash: totp hmac-sha1 per rfc": r'''
use hmac::{Hmac, Mac};
use sha1::Sha1;
pub fn hotp(secret: &[u8], counter: u64) -> u32 {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("key");
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let o = (h[19] & 0x0f) as usize;
    (u32::from_be_bytes([h[o] & 0x7f, h[o + 1], h[o + 2], h[o + 3]])) % 1_000_000
}
''',
    "cipher: chacha20poly1305": r'''
use chacha20poly1305::{aead::{Aead, AeadCore, KeyInit, OsRng}, ChaCha20Poly1305};
pub fn seal(key: &chacha20poly1305::Key, msg: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let cipher = ChaCha20Poly1305::new(key);
    let nonce = ChaCha20Poly1305::generate_nonce(&mut OsRng);
    (nonce.to_vec(), cipher.encrypt(&nonce, msg).expect("seal"))
}
''',
    "random: thread_rng token via Alphanumeric": r'''
use rand::{distributions::Alphanumeric, Rng};
pub fn api_key() -> String {
    rand::rngs::OsRng.sample_iter(&Alphanumeric).take(40).map(char::from).collect()
}
''',
    "secret: clap arg from env": r'''
use clap::Parser;
#[derive(Parser)]
struct Args {
    #[arg(long, env = "DB_PASSWORD", hide_env_values = true)]
    db_password: String,
    #[arg(long, default_value = "localhost")]
    db_host: String,
}
fn main() {
    let args = Args::parse();
    let url = format!("postgres://app:{}@{}/app", args.db_password, args.db_host);
    let _ = url.len();
}
''',
    "secret: api key header name constant and env value": r'''
pub async fn call(client: &reqwest::Client) -> reqwest::Result<String> {
    const API_KEY_HEADER: &str = "X-API-Key";
    let api_key = std::env::var("SERVICE_API_KEY").unwrap_or_default();
    client.get("https://api.example.com/v1/items").header(API_KEY_HEADER, api_key).send().await?.text().await
}
''',
    "secret: settings via config crate": r'''
#[derive(serde::Deserialize)]
pub struct Settings { pub database_url: String, pub jwt_secret: String }
pub fn load() -> Result<Settings, config::ConfigError> {
    config::Config::builder()
        .add_source(config::File::with_name("config/default").required(false))
        .add_source(config::Environment::with_prefix("APP"))
        .build()?
        .try_deserialize()
}
''',
    "jwt: validation with audience": r'''
use jsonwebtoken::{decode, DecodingKey, Validation, Algorithm};
#[derive(serde::Deserialize)]
pub struct Claims { pub sub: String, pub aud: String, pub exp: usize }
pub fn verify(token: &str, key: &DecodingKey) -> Result<Claims, jsonwebtoken::errors::Error> {
    let mut validation = Validation::new(Algorithm::ES256);
    validation.set_audience(&["my-api"]);
    validation.set_issuer(&["https://auth.example.com"]);
    Ok(decode::<Claims>(token, key, &validation)?.claims)
}
''',
    "timing: constant_time_eq crate": r'''
pub fn check_token(given: &str) -> bool {
    let expected = std::env::var("ADMIN_TOKEN").unwrap_or_default();
    !expected.is_empty() && constant_time_eq::constant_time_eq(given.as_bytes(), expected.as_bytes())
}
''',
    "timing: openssl memcmp": r'''
pub fn same_mac(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && openssl::memcmp::eq(a, b)
}
''',
    "template: handlebars escaped": r'''
use handlebars::Handlebars;
use serde_json::json;
pub fn render(name: &str) -> Result<String, handlebars::RenderError> {
    let mut hb = Handlebars::new();
    hb.register_template_string("t", "<p>Hello {{name}}</p>").expect("template");
    hb.render("t", &json!({ "name": name }))
}
''',
    "template: tera autoescape on": r'''
use tera::{Context, Tera};
pub fn engine() -> Tera {
    let mut t = Tera::new("templates/**/*.html").expect("templates");
    t.autoescape_on(vec![".html", ".htm"]);
    t
}
pub fn page(t: &Tera, user: &str) -> tera::Result<String> {
    let mut ctx = Context::new();
    ctx.insert("user", user);
    t.render("page.html", &ctx)
}
''',
    "error: validation errors returned as 400": r'''
use axum::{http::StatusCode, Json};
use validator::Validate;
#[derive(serde::Deserialize, Validate)]
pub struct SignUp { #[validate(email)] email: String, #[validate(length(min = 12))] password: String }
pub async fn sign_up(Json(s): Json<SignUp>) -> Result<StatusCode, (StatusCode, String)> {
    s.validate().map_err(|e| (StatusCode::BAD_REQUEST, e.to_string()))?;
    Ok(StatusCode::CREATED)
}
''',
    "cookie: built in steps then secured": r'''
use actix_web::{cookie::{Cookie, SameSite}, HttpResponse};
pub fn set_session(token: String) -> HttpResponse {
    let mut cookie = Cookie::new("session", token);
    cookie.set_secure(true);
    cookie.set_http_only(true);
    cookie.set_same_site(SameSite::Strict);
    cookie.set_path("/");
    HttpResponse::Ok().cookie(cookie).finish()
}
''',
    "tls: min protocol set": r'''
pub fn client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder().min_tls_version(reqwest::tls::Version::TLS_1_2).https_only(true).build()
}
''',
    "exec: sh -c with constant script and args as positional": r'''
use std::process::Command;
pub fn count_lines(file: &std::path::Path) -> std::io::Result<String> {
    let out = Command::new("sh").arg("-c").arg("wc -l < \"$1\"").arg("sh").arg(file).output()?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}
''',
    "app: axum todo service full": r'''
use axum::{extract::{Path, Query, State}, http::StatusCode, response::IntoResponse, routing::get, Json, Router};
use serde::{Deserialize, Serialize};
use sqlx::{FromRow, PgPool};
use std::sync::Arc;

#[derive(Clone)]
struct AppState { db: PgPool, page_size: i64 }

#[derive(Serialize, FromRow)]
struct Todo { id: i64, title: String, done: bool }

#[derive(Deserialize)]
struct ListParams { q: Option<String>, page: Option<u32>, sort: Option<String> }

#[derive(Deserialize)]
struct NewTodo { title: String }

enum AppError { NotFound, Db(sqlx::Error), Invalid(&'static str) }

impl IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, "not found").into_response(),
            AppError::Invalid(m) => (StatusCode::BAD_REQUEST, m).into_response(),
            AppError::Db(e) => {
                tracing::error!(error = ?e, "database error");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
            }
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self { AppError::Db(e) }
}

fn order_clause(sort: Option<&str>) -> &'static str {
    match sort {
        Some("title") => "title ASC",
        Some("newest") => "id DESC",
        _ => "id ASC",
    }
}

async fn list(State(st): State<Arc<AppState>>, Query(p): Query<ListParams>) -> Result<Json<Vec<Todo>>, AppError> {
    let page = i64::from(p.page.unwrap_or(1).max(1));
    let sql = format!(
        "SELECT id, title, done FROM todos WHERE title ILIKE $1 ORDER BY {} LIMIT $2 OFFSET $3",
        order_clause(p.sort.as_deref())
    );
    let pattern = format!("%{}%", p.q.unwrap_or_default());
    let rows = sqlx::query_as::<_, Todo>(&sql)
        .bind(pattern)
        .bind(st.page_size)
        .bind((page - 1) * st.page_size)
        .fetch_all(&st.db)
        .await?;
    Ok(Json(rows))
}

async fn get_one(State(st): State<Arc<AppState>>, Path(id): Path<i64>) -> Result<Json<Todo>, AppError> {
    sqlx::query_as::<_, Todo>("SELECT id, title, done FROM todos WHERE id = $1")
        .bind(id)
        .fetch_optional(&st.db)
        .await?
        .map(Json)
        .ok_or(AppError::NotFound)
}

async fn create(State(st): State<Arc<AppState>>, Json(t): Json<NewTodo>) -> Result<(StatusCode, Json<Todo>), AppError> {
    let title = t.title.trim();
    if title.is_empty() || title.len() > 200 {
        return Err(AppError::Invalid("title must be 1-200 characters"));
    }
    let todo = sqlx::query_as::<_, Todo>("INSERT INTO todos (title, done) VALUES ($1, false) RETURNING id, title, done")
        .bind(title)
        .fetch_one(&st.db)
        .await?;
    tracing::info!(id = todo.id, "created todo");
    Ok((StatusCode::CREATED, Json(todo)))
}

pub fn router(db: PgPool) -> Router {
    let st = Arc::new(AppState { db, page_size: 20 });
    Router::new().route("/todos", get(list).post(create)).route("/todos/:id", get(get_one)).with_state(st)
}
''',
    "app: actix file server with upload": r'''
use actix_multipart::Multipart;
use actix_web::{get, post, web, App, HttpResponse, HttpServer};
use futures_util::TryStreamExt;
use std::path::{Path, PathBuf};
use tokio::io::AsyncWriteExt;

struct Config { upload_dir: PathBuf, max_bytes: usize }

fn sanitize(name: &str) -> Option<String> {
    let base = Path::new(name).file_name()?.to_str()?;
    let clean: String = base.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')).collect();
    if clean.is_empty() || clean.starts_with('.') { None } else { Some(clean) }
}

#[post("/upload")]
async fn upload(cfg: web::Data<Config>, mut payload: Multipart) -> actix_web::Result<HttpResponse> {
    while let Some(mut field) = payload.try_next().await? {
        let Some(name) = field.content_disposition().get_filename().and_then(sanitize) else {
            return Ok(HttpResponse::BadRequest().body("bad file name"));
        };
        let path = cfg.upload_dir.join(&name);
        let mut file = tokio::fs::File::create(&path).await?;
        let mut total = 0usize;
        while let Some(chunk) = field.try_next().await? {
            total += chunk.len();
            if total > cfg.max_bytes {
                let _ = tokio::fs::remove_file(&path).await;
                return Ok(HttpResponse::PayloadTooLarge().finish());
            }
            file.write_all(&chunk).await?;
        }
        log::info!("stored upload of {} bytes", total);
    }
    Ok(HttpResponse::Created().finish())
}

#[get("/files/{name}")]
async fn download(cfg: web::Data<Config>, name: web::Path<String>) -> actix_web::Result<actix_files::NamedFile> {
    let name = sanitize(&name).ok_or_else(|| actix_web::error::ErrorBadRequest("bad name"))?;
    Ok(actix_files::NamedFile::open(cfg.upload_dir.join(name))?)
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let cfg = web::Data::new(Config { upload_dir: PathBuf::from("/srv/uploads"), max_bytes: 10 * 1024 * 1024 });
    HttpServer::new(move || App::new().app_data(cfg.clone()).service(upload).service(download))
        .bind(("127.0.0.1", 8080))?
        .run()
        .await
}
''',
    "app: rocket auth with argon2 and cookies": r'''
#[macro_use] extern crate rocket;
use argon2::{password_hash::{PasswordHash, PasswordVerifier}, Argon2};
use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::serde::json::Json;
use rocket::State;
use sqlx::SqlitePool;

#[derive(serde::Deserialize)]
struct Login { username: String, password: String }

#[post("/login", data = "<login>")]
async fn login(login: Json<Login>, db: &State<SqlitePool>, jar: &CookieJar<'_>) -> Status {
    let row: Option<(i64, String)> = sqlx::query_as("SELECT id, password_hash FROM users WHERE username = ?")
        .bind(&login.username)
        .fetch_optional(db.inner())
        .await
        .unwrap_or(None);
    let Some((id, hash)) = row else { return Status::Unauthorized };
    let Ok(parsed) = PasswordHash::new(&hash) else { return Status::InternalServerError };
    if Argon2::default().verify_password(login.password.as_bytes(), &parsed).is_err() {
        warn!("failed login for user id lookup");
        return Status::Unauthorized;
    }
    let mut cookie = Cookie::new("uid", id.to_string());
    cookie.set_http_only(true);
    cookie.set_secure(true);
    cookie.set_same_site(SameSite::Strict);
    jar.add_private(cookie);
    Status::Ok
}

#[post("/logout")]
fn logout(jar: &CookieJar<'_>) -> Status {
    jar.remove_private(Cookie::from("uid"));
    Status::Ok
}

#[launch]
fn rocket() -> _ {
    rocket::build().mount("/", routes![login, logout])
}
''',
    "app: cli tool reading archive safely": r'''
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

fn extract(archive: &Path, dest: &Path) -> io::Result<usize> {
    let file = File::open(archive)?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    fs::create_dir_all(dest)?;
    let root = dest.canonicalize()?;
    let mut count = 0;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        let rel: PathBuf = match entry.enclosed_name() {
            Some(p) => p.to_owned(),
            None => {
                eprintln!("skipping suspicious entry {:?}", entry.name());
                continue;
            }
        };
        let out = root.join(rel);
        if entry.is_dir() {
            fs::create_dir_all(&out)?;
        } else {
            if let Some(parent) = out.parent() { fs::create_dir_all(parent)?; }
            let mut w = File::create(&out)?;
            io::copy(&mut entry, &mut w)?;
            count += 1;
        }
    }
    Ok(count)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: unzip <archive> <dest>");
        std::process::exit(2);
    }
    match extract(Path::new(&args[1]), Path::new(&args[2])) {
        Ok(n) => println!("extracted {} files", n),
        Err(e) => { eprintln!("error: {}", e); std::process::exit(1); }
    }
}
''',
    "app: ffi wrapper with checks": r'''
use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int};

extern "C" {
    fn lib_version() -> *const c_char;
    fn lib_process(input: *const c_char, out: *mut u8, out_len: usize) -> c_int;
}

pub fn version() -> Option<String> {
    let p = unsafe { lib_version() };
    if p.is_null() {
        return None;
    }
    // SAFETY: the library returns a static NUL-terminated string
    let s = unsafe { CStr::from_ptr(p) };
    s.to_str().ok().map(str::to_owned)
}

pub fn process(input: &str) -> Result<Vec<u8>, String> {
    let c_input = CString::new(input).map_err(|_| "input contains NUL".to_string())?;
    let mut out = vec![0u8; 4096];
    let written = unsafe { lib_process(c_input.as_ptr(), out.as_mut_ptr(), out.len()) };
    if written < 0 {
        return Err(format!("library error {}", written));
    }
    let n = (written as usize).min(out.len());
    out.truncate(n);
    Ok(out)
}
''',
    "app: warp api with proxy allow-list and redirect": r'''
use std::collections::HashMap;
use warp::{http::Uri, Filter, Rejection, Reply};

const UPSTREAMS: &[(&str, &str)] = &[("weather", "https://api.weather.example.com/v1/now"), ("news", "https://news.example.com/top")];

async fn proxy(name: String, client: reqwest::Client) -> Result<impl Reply, Rejection> {
    let Some((_, url)) = UPSTREAMS.iter().find(|(k, _)| *k == name) else {
        return Err(warp::reject::not_found());
    };
    let body = client.get(*url).send().await.map_err(|_| warp::reject::not_found())?
        .text().await.map_err(|_| warp::reject::not_found())?;
    Ok(warp::reply::with_header(body, "content-type", "application/json"))
}

fn safe_next(params: &HashMap<String, String>) -> String {
    match params.get("next") {
        Some(n) if n.starts_with('/') && !n.starts_with("//") => n.clone(),
        _ => "/".to_string(),
    }
}

pub fn routes(client: reqwest::Client) -> impl Filter<Extract = impl Reply, Error = Rejection> + Clone {
    let with_client = warp::any().map(move || client.clone());
    let api = warp::path!("proxy" / String).and(with_client).and_then(proxy);
    let login_done = warp::path!("done").and(warp::query::<HashMap<String, String>>()).map(|q: HashMap<String, String>| {
        let next = safe_next(&q);
        let uri: Uri = next.parse().unwrap_or_else(|_| Uri::from_static("/"));
        warp::redirect::see_other(uri)
    });
    api.or(login_done)
}
''',
    "app: background job runner with tokio process": r'''
use std::time::Duration;
use tokio::process::Command;
use tokio::time::timeout;

#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Job { Vacuum, Reindex, Backup }

impl Job {
    fn argv(self) -> &'static [&'static str] {
        match self {
            Job::Vacuum => &["psql", "-c", "VACUUM ANALYZE"],
            Job::Reindex => &["psql", "-c", "REINDEX DATABASE app"],
            Job::Backup => &["pg_dump", "--format=custom", "--file=/var/backups/app.dump", "app"],
        }
    }
}

pub async fn run(job: Job) -> Result<String, String> {
    let argv = job.argv();
    let mut cmd = Command::new(argv[0]);
    cmd.args(&argv[1..]).kill_on_drop(true);
    let out = timeout(Duration::from_secs(300), cmd.output()).await
        .map_err(|_| "timed out".to_string())?
        .map_err(|e| format!("spawn failed: {}", e))?;
    if !out.status.success() {
        tracing::warn!(?job, code = ?out.status.code(), "job failed");
        return Err("job failed".into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub async fn handler(axum::Json(job): axum::Json<Job>) -> Result<String, axum::http::StatusCode> {
    run(job).await.map_err(|_| axum::http::StatusCode::INTERNAL_SERVER_ERROR)
}
''',
    "app: ring buffer with unsafe and checks": r'''
pub struct Ring<T: Copy + Default, const N: usize> { buf: [T; N], head: usize, len: usize }

impl<T: Copy + Default, const N: usize> Ring<T, N> {
    pub fn new() -> Self { Self { buf: [T::default(); N], head: 0, len: 0 } }

    pub fn push(&mut self, v: T) {
        let idx = (self.head + self.len) % N;
        self.buf[idx] = v;
        if self.len < N { self.len += 1; } else { self.head = (self.head + 1) % N; }
    }

    pub fn get(&self, i: usize) -> Option<T> {
        if i >= self.len {
            return None;
        }
        let idx = (self.head + i) % N;
        // SAFETY: idx < N because of the modulo
        Some(unsafe { *self.buf.get_unchecked(idx) })
    }

    pub fn as_bytes(&self) -> &[u8] {
        let size = std::mem::size_of::<T>() * N;
        // SAFETY: buf is N initialized values of a Copy type; the byte view has the same size
        unsafe { std::slice::from_raw_parts(self.buf.as_ptr() as *const u8, size) }
    }
}
''',
    "app: mongodb user service": r'''
use mongodb::{bson::{doc, oid::ObjectId}, Collection};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
pub struct User { #[serde(rename = "_id")] id: ObjectId, email: String, name: String, role: String }

#[derive(Deserialize)]
pub struct UpdateProfile { name: String }

pub struct Users { col: Collection<User> }

impl Users {
    pub async fn by_email(&self, email: &str) -> mongodb::error::Result<Option<User>> {
        self.col.find_one(doc! { "email": email.to_lowercase() }).await
    }

    pub async fn update_profile(&self, id: &str, p: UpdateProfile) -> Result<bool, String> {
        let oid = ObjectId::parse_str(id).map_err(|_| "bad id".to_string())?;
        if p.name.trim().is_empty() || p.name.len() > 80 {
            return Err("bad name".into());
        }
        let r = self.col.update_one(doc! { "_id": oid }, doc! { "$set": { "name": p.name.trim() } }).await
            .map_err(|e| { tracing::error!("update failed: {e}"); "internal".to_string() })?;
        Ok(r.matched_count == 1)
    }
}

pub async fn update(axum::extract::State(users): axum::extract::State<std::sync::Arc<Users>>,
                    axum::extract::Path(id): axum::extract::Path<String>,
                    axum::Json(p): axum::Json<UpdateProfile>) -> axum::http::StatusCode {
    match users.update_profile(&id, p).await {
        Ok(true) => axum::http::StatusCode::NO_CONTENT,
        Ok(false) => axum::http::StatusCode::NOT_FOUND,
        Err(_) => axum::http::StatusCode::BAD_REQUEST,
    }
}
''',
    "app: ldap login with escaped filter and env bind": r'''
use ldap3::{ldap_escape, LdapConnAsync, Scope, SearchEntry};

pub struct LdapCfg { url: String, base: String, bind_dn: String, bind_pw: String }

impl LdapCfg {
    pub fn from_env() -> Option<Self> {
        Some(Self {
            url: std::env::var("LDAP_URL").ok()?,
            base: std::env::var("LDAP_BASE").ok()?,
            bind_dn: std::env::var("LDAP_BIND_DN").ok()?,
            bind_pw: std::env::var("LDAP_BIND_PW").ok()?,
        })
    }
}

pub async fn authenticate(cfg: &LdapCfg, user: &str, password: &str) -> Result<bool, ldap3::LdapError> {
    if password.is_empty() {
        return Ok(false);
    }
    let (conn, mut ldap) = LdapConnAsync::new(&cfg.url).await?;
    ldap3::drive!(conn);
    ldap.simple_bind(&cfg.bind_dn, &cfg.bind_pw).await?.success()?;
    let filter = format!("(&(objectClass=person)(uid={}))", ldap_escape(user));
    let (entries, _) = ldap.search(&cfg.base, Scope::Subtree, &filter, vec!["dn"]).await?.success()?;
    let Some(entry) = entries.into_iter().next() else { return Ok(false) };
    let dn = SearchEntry::construct(entry).dn;
    let ok = ldap.simple_bind(&dn, password).await?.success().is_ok();
    ldap.unbind().await?;
    Ok(ok)
}
''',
    "app: axum blog with markdown sanitized and csrf": r'''
use axum::{extract::{Form, Path, State}, response::{Html, IntoResponse, Redirect}, http::StatusCode};
use std::sync::Arc;
use subtle::ConstantTimeEq;
use tower_sessions::Session;

pub struct Blog { db: sqlx::SqlitePool }

#[derive(serde::Deserialize)]
pub struct NewComment { body: String, csrf: String }

fn render_markdown(src: &str) -> String {
    let parser = pulldown_cmark::Parser::new(src);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::clean(&html)
}

pub async fn show(State(b): State<Arc<Blog>>, Path(id): Path<i64>) -> Result<Html<String>, StatusCode> {
    let row: Option<(String, String)> = sqlx::query_as("SELECT title, body FROM posts WHERE id = ?")
        .bind(id).fetch_optional(&b.db).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (title, body) = row.ok_or(StatusCode::NOT_FOUND)?;
    Ok(Html(format!("<h1>{}</h1><article>{}</article>", html_escape::encode_text(&title), render_markdown(&body))))
}

pub async fn comment(State(b): State<Arc<Blog>>, session: Session, Path(id): Path<i64>, Form(c): Form<NewComment>) -> impl IntoResponse {
    let expected: String = session.get("csrf").await.ok().flatten().unwrap_or_default();
    if expected.is_empty() || expected.as_bytes().ct_eq(c.csrf.as_bytes()).unwrap_u8() == 0 {
        return StatusCode::FORBIDDEN.into_response();
    }
    let body = c.body.trim();
    if body.is_empty() || body.len() > 5000 {
        return StatusCode::BAD_REQUEST.into_response();
    }
    if let Err(e) = sqlx::query("INSERT INTO comments (post_id, body) VALUES (?, ?)").bind(id).bind(body).execute(&b.db).await {
        tracing::error!("comment insert failed: {e}");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    Redirect::to(&format!("/posts/{}", id)).into_response()
}
''',
    "app: webhook receiver verifying signature": r'''
use axum::{body::Bytes, http::{HeaderMap, StatusCode}};
use hmac::{Hmac, Mac};
use sha2::Sha256;

fn secret() -> Vec<u8> {
    std::env::var("WEBHOOK_SECRET").expect("WEBHOOK_SECRET").into_bytes()
}

fn verify(headers: &HeaderMap, body: &[u8]) -> bool {
    let Some(sig) = headers.get("x-signature-256").and_then(|v| v.to_str().ok()) else { return false };
    let Some(hex_sig) = sig.strip_prefix("sha256=") else { return false };
    let Ok(expected) = hex::decode(hex_sig) else { return false };
    let mut mac = Hmac::<Sha256>::new_from_slice(&secret()).expect("hmac");
    mac.update(body);
    mac.verify_slice(&expected).is_ok()
}

#[derive(serde::Deserialize)]
struct Push { repository: Repo }
#[derive(serde::Deserialize)]
struct Repo { full_name: String }

pub async fn webhook(headers: HeaderMap, body: Bytes) -> StatusCode {
    if !verify(&headers, &body) {
        tracing::warn!("rejected webhook with bad signature");
        return StatusCode::UNAUTHORIZED;
    }
    match serde_json::from_slice::<Push>(&body) {
        Ok(p) => { tracing::info!(repo = ?p.repository.full_name, "push received"); StatusCode::NO_CONTENT }
        Err(e) => { tracing::warn!("bad payload: {}", e); StatusCode::BAD_REQUEST }
    }
}
''',
    "app: actix admin with role check and DTO": r'''
use actix_web::{put, web, HttpResponse, HttpMessage, HttpRequest};
use sqlx::PgPool;

#[derive(Clone)]
pub struct CurrentUser { pub id: i64, pub is_admin: bool }

#[derive(serde::Deserialize)]
pub struct RoleChange { role: String }

const ROLES: [&str; 3] = ["viewer", "editor", "admin"];

#[put("/admin/users/{id}/role")]
async fn set_role(req: HttpRequest, pool: web::Data<PgPool>, path: web::Path<i64>, body: web::Json<RoleChange>) -> HttpResponse {
    let Some(user) = req.extensions().get::<CurrentUser>().cloned() else { return HttpResponse::Unauthorized().finish() };
    if !user.is_admin {
        return HttpResponse::Forbidden().finish();
    }
    let Some(role) = ROLES.iter().find(|r| **r == body.role) else {
        return HttpResponse::BadRequest().body("unknown role");
    };
    let target = path.into_inner();
    match sqlx::query("UPDATE users SET role = $1 WHERE id = $2").bind(*role).bind(target).execute(pool.get_ref()).await {
        Ok(r) if r.rows_affected() == 1 => {
            log::info!("admin {} set role of {} to {}", user.id, target, role);
            HttpResponse::NoContent().finish()
        }
        Ok(_) => HttpResponse::NotFound().finish(),
        Err(e) => { log::error!("role update failed: {:?}", e); HttpResponse::InternalServerError().finish() }
    }
}
''',
    "app: image thumbnailer with temp dir": r'''
use std::path::Path;
use std::process::Command;

pub fn thumbnail(input: &[u8], width: u32) -> std::io::Result<Vec<u8>> {
    if width == 0 || width > 2048 {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "width"));
    }
    let dir = tempfile::tempdir()?;
    let src = dir.path().join("in.img");
    let dst = dir.path().join("out.png");
    std::fs::write(&src, input)?;
    let status = Command::new("convert")
        .arg(&src)
        .arg("-resize")
        .arg(format!("{}x", width))
        .arg(&dst)
        .status()?;
    if !status.success() {
        return Err(std::io::Error::new(std::io::ErrorKind::Other, "convert failed"));
    }
    std::fs::read(Path::new(&dst))
}
''',
    "timing: token scheme and length compares": r'''
use axum::http::HeaderMap;
pub fn bearer(headers: &HeaderMap) -> Option<String> {
    let auth = headers.get("authorization")?.to_str().ok()?;
    let (scheme, token) = auth.split_once(' ')?;
    if scheme != "Bearer" || token.len() != 64 {
        return None;
    }
    Some(token.to_string())
}
pub fn token_type_ok(token_type: &str) -> bool { token_type == "access" }
''',
    "timing: password hash verify via argon2 and username compare": r'''
pub struct Stored { pub username: String, pub hash: String }
pub fn login(stored: &Stored, username: &str, password: &str) -> bool {
    if stored.username != username {
        return false;
    }
    bcrypt::verify(password, &stored.hash).unwrap_or(false)
}
''',
    "secret: key id and algorithm constants": r'''
use jsonwebtoken::{encode, EncodingKey, Header, Algorithm};
const KEY_ID: &str = "2024-01";
pub fn sign<T: serde::Serialize>(claims: &T, key: &EncodingKey) -> jsonwebtoken::errors::Result<String> {
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(KEY_ID.to_string());
    encode(&header, claims, key)
}
''',
    "secret: password reset token hashed before storing": r'''
use rand::RngCore;
use sha2::{Digest, Sha256};
pub fn new_reset_token() -> (String, String) {
    let mut raw = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut raw);
    let token = hex::encode(raw);
    let stored = hex::encode(Sha256::digest(token.as_bytes()));
    (token, stored)
}
''',
    "error: debug only in dev": r'''
use axum::{http::StatusCode, response::{IntoResponse, Response}};
pub struct ApiError(anyhow::Error);
impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        tracing::error!("{:#}", self.0);
        let body = if cfg!(debug_assertions) { format!("{:#}", self.0) } else { "internal server error".to_string() };
        (StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
    }
}
''',
    "xss: html with numbers and escaped db text": r'''
use axum::{extract::{Path, State}, response::Html};
pub async fn order(State(db): State<sqlx::PgPool>, Path(id): Path<i64>) -> Html<String> {
    let row: Option<(String, i64)> = sqlx::query_as("SELECT customer, total_cents FROM orders WHERE id = $1")
        .bind(id).fetch_optional(&db).await.ok().flatten();
    match row {
        Some((customer, cents)) => Html(format!(
            "<h1>Order {}</h1><p>{}</p><p>{}.{:02}</p>",
            id, html_escape::encode_text(&customer), cents / 100, cents % 100)),
        None => Html("<h1>Not found</h1>".to_string()),
    }
}
''',
    "redirect: oauth callback to configured url": r'''
use axum::{extract::{Query, State}, response::Redirect};
pub struct Oauth { pub app_url: String }
#[derive(serde::Deserialize)]
pub struct Cb { code: String, state: String }
pub async fn callback(State(o): State<std::sync::Arc<Oauth>>, Query(cb): Query<Cb>) -> Redirect {
    if cb.code.is_empty() || cb.state.len() != 32 {
        return Redirect::to("/login?error=1");
    }
    Redirect::to(&format!("{}/dashboard", o.app_url))
}
''',
    "ssrf: client with fixed base and path join of enum": r'''
#[derive(serde::Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum Region { Eu, Us }
pub async fn status(axum::extract::Path(region): axum::extract::Path<Region>) -> String {
    let host = match region { Region::Eu => "eu.status.example.com", Region::Us => "us.status.example.com" };
    let url = format!("https://{}/health", host);
    reqwest::get(&url).await.ok().map(|r| r.status().to_string()).unwrap_or_default()
}
''',
    "path: ServeFile with fixed path and id from db": r'''
use actix_web::{get, web, HttpResponse};
#[get("/reports/{id}")]
async fn report(pool: web::Data<sqlx::PgPool>, id: web::Path<i64>) -> HttpResponse {
    let file: Option<String> = sqlx::query_scalar("SELECT file_name FROM reports WHERE id = $1")
        .bind(id.into_inner()).fetch_optional(pool.get_ref()).await.ok().flatten();
    let Some(file) = file else { return HttpResponse::NotFound().finish() };
    match std::fs::read(std::path::Path::new("/srv/reports").join(&file)) {
        Ok(b) => HttpResponse::Ok().content_type("application/pdf").body(b),
        Err(_) => HttpResponse::NotFound().finish(),
    }
}
''',
    "mem: NonNull::new check then deref": r'''
use std::ptr::NonNull;
#[repr(C)]
pub struct Point { x: i32, y: i32 }
#[no_mangle]
pub extern "C" fn point_sum(p: *const Point) -> i32 {
    let Some(p) = NonNull::new(p as *mut Point) else { return 0 };
    let pt = unsafe { p.as_ref() };
    pt.x + pt.y
}
''',
    "mem: libc close after fd check": r'''
pub fn close_fd(fd: i32) -> std::io::Result<()> {
    if fd < 0 {
        return Err(std::io::Error::from_raw_os_error(libc::EBADF));
    }
    let rc = unsafe { libc::close(fd) };
    if rc == 0 { Ok(()) } else { Err(std::io::Error::last_os_error()) }
}
''',
    "mem: Drop frees owned raw pointer once": r'''
pub struct Owned { ptr: *mut u64 }
impl Owned {
    pub fn new(v: u64) -> Self { Self { ptr: Box::into_raw(Box::new(v)) } }
    pub fn get(&self) -> u64 {
        // SAFETY: ptr comes from Box::into_raw and is freed only in Drop
        unsafe { *self.ptr }
    }
}
impl Drop for Owned {
    fn drop(&mut self) {
        if !self.ptr.is_null() {
            // SAFETY: ptr was created by Box::into_raw and is dropped exactly once here
            unsafe { drop(Box::from_raw(self.ptr)); }
            self.ptr = std::ptr::null_mut();
        }
    }
}
''',
    "mem: pointer loop bounded by min len": r'''
pub fn xor_into(dst: &mut [u8], src: &[u8]) {
    let n = dst.len().min(src.len());
    let d = dst.as_mut_ptr();
    let s = src.as_ptr();
    for i in 0..n {
        unsafe { *d.add(i) ^= *s.add(i); }
    }
}
''',
    "mem: ffi callback with null user data check": r'''
use std::os::raw::c_void;
pub struct Counter { hits: u64 }
pub extern "C" fn on_event(user: *mut c_void) {
    if user.is_null() {
        return;
    }
    let counter = unsafe { &mut *(user as *mut Counter) };
    counter.hits += 1;
}
''',
    "mem: from_utf8 validated then unchecked": r'''
pub fn to_str(bytes: &[u8]) -> Option<&str> {
    std::str::from_utf8(bytes).ok()
}
pub fn upper_ascii(mut v: Vec<u8>) -> String {
    v.make_ascii_uppercase();
    String::from_utf8(v).unwrap_or_default()
}
''',
    "mem: read_unaligned with size check": r'''
pub fn read_u64(buf: &[u8], off: usize) -> Option<u64> {
    let end = off.checked_add(8)?;
    if end > buf.len() {
        return None;
    }
    Some(unsafe { std::ptr::read_unaligned(buf.as_ptr().add(off) as *const u64) })
}
''',
    "mem: CString into_raw and from_raw pair": r'''
use std::ffi::CString;
use std::os::raw::c_char;
#[no_mangle]
pub extern "C" fn make_greeting() -> *mut c_char {
    CString::new("hello").map(CString::into_raw).unwrap_or(std::ptr::null_mut())
}
#[no_mangle]
pub extern "C" fn free_greeting(s: *mut c_char) {
    if s.is_null() { return; }
    unsafe { drop(CString::from_raw(s)); }
}
''',
    "xss: maud PreEscaped of ammonia output": r'''
use maud::{html, Markup, PreEscaped};
pub fn post(title: &str, body_md: &str) -> Markup {
    let mut rendered = String::new();
    pulldown_cmark::html::push_html(&mut rendered, pulldown_cmark::Parser::new(body_md));
    let clean = ammonia::clean(&rendered);
    html! { h1 { (title) } div.body { (PreEscaped(clean)) } }
}
''',
    "xss: maud PreEscaped of constant": r'''
use maud::{html, Markup, PreEscaped, DOCTYPE};
const ANALYTICS: &str = "<script src=\"/static/a.js\"></script>";
pub fn layout(title: &str, content: Markup) -> Markup {
    html! { (DOCTYPE) html { head { title { (title) } (PreEscaped(ANALYTICS)) } body { (content) } } }
}
''',
    "cookie: tower-cookies with flags": r'''
use tower_cookies::{Cookie, Cookies};
pub async fn remember(cookies: Cookies) -> &'static str {
    let mut c = Cookie::new("remember", uuid::Uuid::new_v4().to_string());
    c.set_http_only(true);
    c.set_secure(true);
    c.set_same_site(tower_cookies::cookie::SameSite::Lax);
    cookies.add(c);
    "ok"
}
''',
    "tls: reqwest with identity client cert": r'''
pub fn mtls_client(pem: &[u8]) -> reqwest::Result<reqwest::Client> {
    let id = reqwest::Identity::from_pem(pem)?;
    reqwest::Client::builder().identity(id).use_rustls_tls().build()
}
''',
    "tls: danger flag false from config default": r'''
#[derive(serde::Deserialize, Default)]
pub struct HttpCfg { #[serde(default)] pub timeout_secs: u64 }
pub fn client(cfg: &HttpCfg) -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(cfg.timeout_secs.max(1)))
        .danger_accept_invalid_hostnames(false)
        .build()
}
''',
    "jwt: insecure decode not used, header peek only": r'''
pub fn algorithm(token: &str) -> Option<jsonwebtoken::Algorithm> {
    jsonwebtoken::decode_header(token).ok().map(|h| h.alg)
}
''',
    "random: uuid v4 for ids and rand for sampling": r'''
use rand::seq::IteratorRandom;
pub fn new_id() -> String { uuid::Uuid::new_v4().to_string() }
pub fn pick_server(servers: &[String]) -> Option<&String> {
    servers.iter().choose(&mut rand::thread_rng())
}
''',
    "hash: blake3 and sha3": r'''
pub fn fingerprint(data: &[u8]) -> String {
    let a = blake3::hash(data);
    use sha3::{Digest, Sha3_256};
    let b = Sha3_256::digest(data);
    format!("{}-{:x}", a.to_hex(), b)
}
''',
    "secret: empty password rejected in builder": r'''
pub struct DbOpts { user: String, password: String }
impl DbOpts {
    pub fn new(user: &str, password: &str) -> Result<Self, &'static str> {
        if password.is_empty() {
            return Err("an empty database password is not allowed");
        }
        Ok(Self { user: user.to_owned(), password: password.to_owned() })
    }
    pub fn url(&self, host: &str) -> String {
        format!("postgres://{}:{}@{}/app", self.user, urlencoding::encode(&self.password), host)
    }
}
''',
    "argv0: program name in usage message": r'''
use std::env;
use std::process;
fn main() {
    let mut args = env::args();
    let program = args.next().unwrap_or_else(|| "wc".to_string());
    let Some(path) = args.next() else {
        eprintln!("usage: {} <file>", program);
        process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    println!("{}", text.split_whitespace().count());
}
''',
    "argv0: clap handles args": r'''
use clap::Parser;
#[derive(Parser)]
#[command(name = "grep-lite")]
struct Cli { pattern: String, path: std::path::PathBuf }
fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let re = regex::Regex::new(&regex::escape(&cli.pattern))?;
    for line in std::fs::read_to_string(&cli.path)?.lines().filter(|l| re.is_match(l)) {
        println!("{}", line);
    }
    Ok(())
}
''',
    "argv: skip program name": r'''
fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: cat FILE...");
        std::process::exit(1);
    }
    for f in files {
        match std::fs::read_to_string(&f) {
            Ok(s) => print!("{}", s),
            Err(e) => eprintln!("{}: {}", f, e),
        }
    }
}
''',
    "cmd: cli runs git with user-supplied branch after validation": r'''
use std::process::Command;
fn valid_branch(b: &str) -> bool {
    !b.is_empty() && !b.starts_with('-') && b.chars().all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c))
}
fn main() {
    let branch = std::env::args().nth(1).unwrap_or_default();
    if !valid_branch(&branch) {
        eprintln!("invalid branch name");
        std::process::exit(2);
    }
    let status = Command::new("git").args(["checkout", "--", &branch]).status().expect("git");
    std::process::exit(status.code().unwrap_or(1));
}
''',
    "regex: fancy-regex constant with user haystack": r'''
use fancy_regex::Regex;
pub fn has_repeated_word(text: &str) -> bool {
    let re = Regex::new(r"\b(\w+)\s+\1\b").expect("constant pattern");
    re.is_match(text).unwrap_or(false)
}
''',
    "regex: user pattern with size limit via RegexBuilder": r'''
use regex::RegexBuilder;
use axum::extract::Query;
#[derive(serde::Deserialize)]
pub struct S { pattern: String }
pub async fn search(Query(s): Query<S>) -> String {
    let escaped = regex::escape(&s.pattern);
    let Ok(re) = RegexBuilder::new(&escaped).size_limit(1 << 20).case_insensitive(true).build() else { return String::new() };
    ["alpha", "beta"].iter().filter(|w| re.is_match(w)).copied().collect::<Vec<_>>().join(",")
}
''',
    "mem: documented unsafe fn from_raw_parts": r'''
/// Views `len` bytes at `ptr`.
///
/// # Safety
/// `ptr` must be valid for reads of `len` bytes for the lifetime `'a`.
pub unsafe fn view<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    // SAFETY: the caller upholds the contract above
    unsafe { std::slice::from_raw_parts(ptr, len) }
}
''',
    "mem: copy_nonoverlapping after assert_eq": r'''
pub fn copy_exact(dst: &mut [u8], src: &[u8]) {
    assert_eq!(dst.len(), src.len(), "length mismatch");
    // SAFETY: both slices have src.len() bytes and cannot overlap (one is &mut)
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), src.len()) }
}
''',
    "mem: set_len after writing spare capacity": r'''
pub fn fill_zeros(n: usize) -> Vec<u8> {
    let mut v: Vec<u8> = Vec::with_capacity(n);
    // SAFETY: the capacity is n and all n bytes are written before set_len
    unsafe {
        std::ptr::write_bytes(v.as_mut_ptr(), 0, n);
        v.set_len(n);
    }
    v
}
''',
    "mem: debug_assert guarded pointer add": r'''
pub fn nth(v: &[u64], i: usize) -> u64 {
    debug_assert!(i < v.len());
    if i >= v.len() { return 0; }
    // SAFETY: i < v.len() was checked above
    unsafe { *v.as_ptr().add(i) }
}
''',
    "mem: transmute-free bytes via from_le_bytes": r'''
pub fn parse_header(b: &[u8; 8]) -> (u32, u32) {
    let magic = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    let len = u32::from_le_bytes([b[4], b[5], b[6], b[7]]);
    (magic, len)
}
pub fn f32_bits(x: f32) -> u32 { x.to_bits() }
''',
    "log: map_err on tainted call logs error": r'''
use axum::{extract::Query, http::StatusCode};
#[derive(serde::Deserialize)]
pub struct P { url: String }
pub async fn check(Query(p): Query<P>) -> Result<&'static str, StatusCode> {
    let u = url::Url::parse(&p.url).map_err(|e| {
        tracing::warn!("bad url: {}", e);
        StatusCode::BAD_REQUEST
    })?;
    if u.scheme() != "https" { return Err(StatusCode::BAD_REQUEST); }
    Ok("ok")
}
''',
    "log: unwrap_or_else logs parse error": r'''
use actix_web::{get, web, HttpResponse};
#[get("/limit")]
async fn limit(q: web::Query<std::collections::HashMap<String, String>>) -> HttpResponse {
    let raw = q.get("n").cloned().unwrap_or_default();
    let n: u32 = raw.parse().unwrap_or_else(|e| { log::warn!("bad limit: {}", e); 10 });
    HttpResponse::Ok().body(n.to_string())
}
''',
    "log: inspect_err on db call": r'''
use axum::{extract::{Json, State}, http::StatusCode};
#[derive(serde::Deserialize)]
pub struct Sub { email: String }
pub async fn subscribe(State(db): State<sqlx::PgPool>, Json(s): Json<Sub>) -> StatusCode {
    let r = sqlx::query("INSERT INTO subs (email) VALUES ($1)").bind(&s.email).execute(&db).await
        .inspect_err(|e| tracing::error!("subscribe failed: {e}"));
    if r.is_ok() { StatusCode::CREATED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
''',
    "log: if let Err ref on awaited call": r'''
use actix_web::{post, web, HttpResponse};
#[post("/mail")]
async fn mail(body: web::Json<std::collections::HashMap<String, String>>, client: web::Data<reqwest::Client>) -> HttpResponse {
    let to = body.get("to").cloned().unwrap_or_default();
    let res = client.post("https://mail.internal.example.com/send").json(&serde_json::json!({"to": to})).send().await;
    if let Err(ref e) = res {
        log::error!("mail service failed: {}", e);
        return HttpResponse::BadGateway().finish();
    }
    HttpResponse::Accepted().finish()
}
''',
    "redirect: fixed path prefix with string id": r'''
use axum::{extract::Path, response::Redirect};
pub async fn legacy(Path(slug): Path<String>) -> Redirect {
    Redirect::permanent(&format!("/articles/{}", slug))
}
''',
    "redirect: query encoded into fixed path": r'''
use actix_web::{get, web, HttpResponse};
#[get("/find")]
async fn find(q: web::Query<std::collections::HashMap<String, String>>) -> HttpResponse {
    let term = q.get("q").cloned().unwrap_or_default();
    let target = format!("/search?q={}", urlencoding::encode(&term));
    HttpResponse::Found().append_header(("Location", target)).finish()
}
''',
    "xss: actix json error body": r'''
use actix_web::{get, web, HttpResponse};
#[get("/user/{name}")]
async fn user(name: web::Path<String>) -> HttpResponse {
    if name.len() > 32 {
        return HttpResponse::BadRequest().json(serde_json::json!({"error": "name too long", "name": name.as_str()}));
    }
    HttpResponse::Ok().json(serde_json::json!({"name": name.as_str()}))
}
''',
    "xss: text/plain via axum String": r'''
use axum::extract::Query;
#[derive(serde::Deserialize)]
pub struct Q { msg: String }
pub async fn echo(Query(q): Query<Q>) -> String {
    format!("you said: {}", q.msg)
}
''',
    "ssrf: url from config file": r'''
#[derive(serde::Deserialize)]
pub struct Cfg { pub upstream: String }
pub async fn ping_upstream() -> reqwest::Result<u16> {
    let text = std::fs::read_to_string("/etc/app/config.toml").unwrap_or_default();
    let cfg: Cfg = toml::from_str(&text).expect("config");
    Ok(reqwest::get(&cfg.upstream).await?.status().as_u16())
}
''',
    "path: join of sanitize_filename output": r'''
use axum::extract::{Multipart, Path};
pub async fn save(Path(folder): Path<u32>, mut mp: Multipart) -> Result<(), axum::http::StatusCode> {
    while let Ok(Some(field)) = mp.next_field().await {
        let name = sanitize_filename::sanitize(field.file_name().unwrap_or("upload.bin"));
        let data = field.bytes().await.map_err(|_| axum::http::StatusCode::BAD_REQUEST)?;
        let dir = std::path::PathBuf::from(format!("/srv/uploads/{}", folder));
        tokio::fs::create_dir_all(&dir).await.map_err(|_| axum::http::StatusCode::INTERNAL_SERVER_ERROR)?;
        tokio::fs::write(dir.join(name), data).await.map_err(|_| axum::http::StatusCode::INTERNAL_SERVER_ERROR)?;
    }
    Ok(())
}
''',
    "temp: tempfile_in shared dir": r'''
use std::io::Write;
pub fn spool(data: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let mut f = tempfile::Builder::new().prefix("spool-").tempfile_in(std::env::temp_dir())?;
    f.write_all(data)?;
    Ok(f)
}
pub fn spool_tmp(data: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let mut f = tempfile::NamedTempFile::new_in("/tmp")?;
    f.write_all(data)?;
    Ok(f)
}
''',
    "zip: tar entries checked by components": r'''
use std::path::{Component, Path};
pub fn untar(src: &Path, dest: &Path) -> std::io::Result<()> {
    let mut ar = tar::Archive::new(std::fs::File::open(src)?);
    for e in ar.entries()? {
        let mut e = e?;
        let rel = e.path()?.into_owned();
        if rel.components().any(|c| matches!(c, Component::ParentDir | Component::RootDir | Component::Prefix(_))) {
            continue;
        }
        let out = dest.join(&rel);
        if let Some(p) = out.parent() { std::fs::create_dir_all(p)?; }
        e.unpack(&out)?;
    }
    Ok(())
}
''',
    "mass: sea-orm active model explicit fields": r'''
use sea_orm::{ActiveModelTrait, Set, DatabaseConnection};
use axum::{extract::State, Json, http::StatusCode};
#[derive(serde::Deserialize)]
pub struct Register { email: String, name: String }
pub async fn register(State(db): State<DatabaseConnection>, Json(r): Json<Register>) -> StatusCode {
    let user = user::ActiveModel { email: Set(r.email), name: Set(r.name), is_admin: Set(false), ..Default::default() };
    match user.insert(&db).await { Ok(_) => StatusCode::CREATED, Err(_) => StatusCode::INTERNAL_SERVER_ERROR }
}
''',
    "trust: session stores server-side cart totals": r'''
use actix_session::Session;
use actix_web::{post, web, HttpResponse};
#[derive(serde::Deserialize)]
struct AddItem { product_id: i64, qty: u32 }
#[post("/cart")]
async fn add(session: Session, pool: web::Data<sqlx::PgPool>, item: web::Json<AddItem>) -> HttpResponse {
    if item.qty == 0 || item.qty > 99 { return HttpResponse::BadRequest().finish(); }
    let price: Option<i64> = sqlx::query_scalar("SELECT price_cents FROM products WHERE id = $1")
        .bind(item.product_id).fetch_optional(pool.get_ref()).await.ok().flatten();
    let Some(price) = price else { return HttpResponse::NotFound().finish() };
    let total: i64 = session.get("total").ok().flatten().unwrap_or(0) + price * i64::from(item.qty);
    let _ = session.insert("total", total);
    HttpResponse::Ok().json(total)
}
''',
    "secret: placeholder documented, real from env": r'''
/// Reads the SMTP password from `SMTP_PASSWORD` (never commit it; see `.env.example`).
pub fn smtp_creds() -> (String, String) {
    let user = std::env::var("SMTP_USER").unwrap_or_else(|_| "mailer".to_string());
    let password = std::env::var("SMTP_PASSWORD").expect("SMTP_PASSWORD must be set");
    (user, password)
}
''',
    "xss: page built with write! and escaping helper": r'''
use std::fmt::Write;
use axum::{extract::State, response::Html};
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}
pub async fn users(State(db): State<sqlx::PgPool>) -> Html<String> {
    let rows: Vec<(i64, String)> = sqlx::query_as("SELECT id, name FROM users ORDER BY id").fetch_all(&db).await.unwrap_or_default();
    let mut out = String::from("<table>");
    for (id, name) in rows {
        let _ = write!(out, "<tr><td>{}</td><td>{}</td></tr>", id, esc(&name));
    }
    out.push_str("</table>");
    Html(out)
}
''',
    "sql: numbered placeholder after a count": r'''
pub async fn count(db: &sqlx::PgPool, tags: &[String]) -> sqlx::Result<()> {
    let sql = format!("SELECT count(*) FROM t WHERE a = $1 AND b = ${}", tags.len() + 1);
    sqlx::query(&sql).execute(db).await?;
    Ok(())
}
''',
    "sql: dynamic update with allow-listed columns and numbered params": r'''
use axum::{extract::{Path, State}, http::StatusCode, Json};
use std::collections::HashMap;
const EDITABLE: &[&str] = &["title", "body", "tags"];
pub async fn patch(State(db): State<sqlx::PgPool>, Path(id): Path<i64>, Json(fields): Json<HashMap<String, String>>) -> StatusCode {
    let mut sets = Vec::new();
    let mut values = Vec::new();
    for (k, v) in &fields {
        if !EDITABLE.contains(&k.as_str()) {
            return StatusCode::BAD_REQUEST;
        }
        sets.push(format!("{} = ${}", k, sets.len() + 1));
        values.push(v.clone());
    }
    if sets.is_empty() { return StatusCode::NO_CONTENT; }
    let sql = format!("UPDATE posts SET {} WHERE id = ${}", sets.join(", "), values.len() + 1);
    let mut q = sqlx::query(&sql);
    for v in &values { q = q.bind(v); }
    match q.bind(id).execute(&db).await { Ok(_) => StatusCode::NO_CONTENT, Err(_) => StatusCode::INTERNAL_SERVER_ERROR }
}
''',
    "secret: unit test with sample password": r'''
pub fn hash(pw: &str) -> String { bcrypt::hash(pw, bcrypt::DEFAULT_COST).expect("hash") }
#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn verifies() {
        let password = "correct horse battery staple";
        let h = hash(password);
        assert!(bcrypt::verify(password, &h).unwrap());
    }
}
''',
    "secret: env var name constants in config struct": r'''
pub struct Env;
impl Env {
    pub const DATABASE_URL: &'static str = "DATABASE_URL";
    pub const JWT_SECRET: &'static str = "JWT_SECRET";
}
pub fn jwt_secret() -> String {
    std::env::var(Env::JWT_SECRET).expect("JWT_SECRET must be set")
}
''',
    "secret: dotenv then env": r'''
fn main() {
    dotenvy::dotenv().ok();
    let api_key = std::env::var("OPENAI_API_KEY").expect("OPENAI_API_KEY");
    let client = reqwest::blocking::Client::new();
    let _ = client.get("https://api.example.com/v1/models").bearer_auth(&api_key).send();
}
''',
    "secret: password hashing function param named password": r'''
use argon2::{Argon2, PasswordHasher, password_hash::SaltString};
pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).expect("hash").to_string()
}
''',
    "cookie: session layer secure config": r'''
use tower_sessions::{Expiry, MemoryStore, SessionManagerLayer, cookie::SameSite};
pub fn sessions() -> SessionManagerLayer<MemoryStore> {
    SessionManagerLayer::new(MemoryStore::default())
        .with_secure(true)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_expiry(Expiry::OnInactivity(time::Duration::hours(1)))
}
''',
    "cookie: actix-session middleware secure": r'''
use actix_session::{storage::CookieSessionStore, SessionMiddleware};
use actix_web::cookie::Key;
pub fn session_mw(key: Key) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key)
        .cookie_secure(true)
        .cookie_http_only(true)
        .build()
}
''',
    "xss: axum Html with serde_json pretty in pre escaped": r'''
use axum::{extract::Query, response::Html};
pub async fn debug_view(Query(q): Query<std::collections::HashMap<String, String>>) -> Html<String> {
    let pretty = serde_json::to_string_pretty(&q).unwrap_or_default();
    Html(format!("<pre>{}</pre>", html_escape::encode_text(&pretty)))
}
''',
    "ssrf: image proxy with allow-listed hosts helper": r'''
use axum::{extract::Query, http::StatusCode, body::Bytes};
fn allowed(u: &url::Url) -> bool {
    u.scheme() == "https" && matches!(u.host_str(), Some("images.example.com") | Some("cdn.example.com"))
}
#[derive(serde::Deserialize)]
pub struct Img { src: String }
pub async fn image(Query(i): Query<Img>) -> Result<Bytes, StatusCode> {
    let u = url::Url::parse(&i.src).map_err(|_| StatusCode::BAD_REQUEST)?;
    if !allowed(&u) {
        return Err(StatusCode::FORBIDDEN);
    }
    reqwest::get(u).await.map_err(|_| StatusCode::BAD_GATEWAY)?.bytes().await.map_err(|_| StatusCode::BAD_GATEWAY)
}
''',
    "path: static asset by hash lookup": r'''
use std::collections::HashMap;
use once_cell::sync::Lazy;
static ASSETS: Lazy<HashMap<&'static str, &'static str>> = Lazy::new(|| HashMap::from([("app.js", "/srv/assets/app.3f2a.js"), ("app.css", "/srv/assets/app.9c1b.css")]));
pub async fn asset(axum::extract::Path(name): axum::extract::Path<String>) -> Result<Vec<u8>, axum::http::StatusCode> {
    let path = ASSETS.get(name.as_str()).ok_or(axum::http::StatusCode::NOT_FOUND)?;
    tokio::fs::read(path).await.map_err(|_| axum::http::StatusCode::NOT_FOUND)
}
''',
    "cmd: ffprobe with path under checked root": r'''
use std::path::{Path, PathBuf};
use tokio::process::Command;
pub async fn probe(root: &Path, rel: &str) -> Option<String> {
    let root = root.canonicalize().ok()?;
    let full: PathBuf = root.join(rel).canonicalize().ok()?;
    if !full.starts_with(&root) { return None; }
    let out = Command::new("ffprobe").args(["-v", "error", "-show_format"]).arg(&full).output().await.ok()?;
    String::from_utf8(out.stdout).ok()
}
''',
    "log: user agent escaped debug": r'''
use actix_web::{get, HttpRequest, HttpResponse};
#[get("/")]
async fn index(req: HttpRequest) -> HttpResponse {
    let ua = req.headers().get("user-agent").and_then(|v| v.to_str().ok()).unwrap_or("-");
    log::info!("visit ua={:?}", ua);
    tracing::info!(user_agent = %ua.escape_default(), "visit");
    HttpResponse::Ok().finish()
}
''',
    "deser: rmp_serde into typed struct with size check": r'''
#[derive(serde::Deserialize)]
pub struct Cmd { op: u8, arg: u32 }
pub fn decode(buf: &[u8]) -> Option<Cmd> {
    if buf.len() > 1024 { return None; }
    rmp_serde::from_slice(buf).ok()
}
''',
    "jwt: decode with leeway and required claims": r'''
use jsonwebtoken::{decode, DecodingKey, Validation, Algorithm};
#[derive(serde::Deserialize)]
pub struct C { sub: String, exp: u64 }
pub fn sub_of(token: &str, key: &[u8]) -> Option<String> {
    let mut v = Validation::new(Algorithm::HS512);
    v.leeway = 30;
    v.set_required_spec_claims(&["exp", "sub"]);
    decode::<C>(token, &DecodingKey::from_secret(key), &v).ok().map(|d| d.claims.sub)
}
''',
}

UNSAFE: dict[str, tuple[str, str]] = {
    "rs: a helper's error that quotes its input, logged": ("rs.flow.log-injection", r'''
use axum::{extract::Query, http::StatusCode};
fn check_name(name: &str) -> Result<(), String> {
    if name.len() > 32 { return Err(format!("name too long: {}", name)); }
    Ok(())
}
pub async fn signup(Query(q): Query<std::collections::HashMap<String, String>>) -> StatusCode {
    let name = q.get("name").cloned().unwrap_or_default();
    match check_name(&name) {
        Ok(()) => StatusCode::OK,
        Err(msg) => { log::warn!("rejected: {}", msg); StatusCode::BAD_REQUEST }
    }
}
'''),
    "rs: a crate's error logged with the request's text beside it": ("rs.flow.log-injection", r'''
use actix_web::{post, web, HttpResponse};
#[post("/todos")]
async fn add(pool: web::Data<sqlx::PgPool>, body: web::Json<std::collections::HashMap<String, String>>) -> HttpResponse {
    let title = body.get("title").cloned().unwrap_or_default();
    if let Err(err) = sqlx::query("INSERT INTO todos (title) VALUES ($1)").bind(&title).execute(pool.get_ref()).await {
        log::error!("insert of {} failed: {err}", title);
        return HttpResponse::InternalServerError().finish();
    }
    HttpResponse::Created().finish()
}
'''),
    "rs: a request header logged next to the path": ("rs.flow.log-injection", r'''
use actix_web::{get, HttpRequest, HttpResponse};
#[get("/")]
async fn index(req: HttpRequest) -> HttpResponse {
    let agent = req.headers().get("user-agent").and_then(|v| v.to_str().ok()).unwrap_or("");
    log::info!("{} from agent {}", req.path(), agent);
    HttpResponse::Ok().finish()
}
'''),
    "rs: an IN list of the caller's names pasted": ("rs.sql.format-built-query", r'''
use rusqlite::Connection;
pub fn by_names(conn: &Connection, names: &[String]) -> rusqlite::Result<usize> {
    let list = names.iter().map(|n| format!("'{}'", n)).collect::<Vec<_>>().join(",");
    let sql = format!("DELETE FROM items WHERE name IN ({})", list);
    conn.execute(&sql, [])
}
'''),
    "rs: a raw pointer dereferenced without a null check": ("rs.mem.unsafe-block", r'''
#[repr(C)]
pub struct Config { port: u16 }
#[no_mangle]
pub extern "C" fn config_port(cfg: *const Config) -> u16 {
    unsafe { (*cfg).port }
}
'''),
    "rs: a foreign call given the caller's raw pointer and length": ("rs.mem.unsafe-block", r'''
extern "C" { fn process(data: *const u8, len: usize) -> i32; }
pub fn run(ptr: *const u8, n: usize) -> i32 {
    unsafe { process(ptr, n) }
}
'''),
    "rs: an unsafe fn that trusts its length": ("rs.mem.unsafe-block|rs.mem.raw-parts-length", r'''
pub unsafe fn view<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    std::slice::from_raw_parts(ptr, len)
}
'''),
    "rs: a struct read before it was written": ("rs.mem.uninitialized", r'''
use std::mem::MaybeUninit;
#[derive(Clone, Copy)]
pub struct Header { kind: u8, len: u32 }
pub fn header() -> Header {
    let h: Header = unsafe { MaybeUninit::uninit().assume_init() };
    h
}
'''),
    "rs: a vector rebuilt with a length from outside": ("rs.mem.raw-parts-length", r'''
pub fn rebuild(ptr: *mut u32, len: usize, cap: usize) -> Vec<u32> {
    unsafe { Vec::from_raw_parts(ptr, len, cap) }
}
'''),
    "rs: a number and the request's text pasted beside it": ("rs.flow.sql-injection|rs.sql.format-built-query", r"""
use axum::extract::{Query, State};
#[derive(serde::Deserialize)]
pub struct P { page: i64, sort: String }
pub async fn list(State(db): State<sqlx::PgPool>, Query(p): Query<P>) -> usize {
    let sql = format!("SELECT title FROM posts ORDER BY {} LIMIT 20 OFFSET {}", p.sort, (p.page - 1) * 20);
    let rows: Vec<(String,)> = sqlx::query_as(&sql).fetch_all(&db).await.unwrap_or_default();
    rows.len()
}
"""),
    "rs: the method logged beside a header": ("rs.flow.log-injection", r"""
use axum::http::{HeaderMap, Method};
pub async fn any(method: Method, headers: HeaderMap) -> &'static str {
    let agent = headers.get("user-agent").and_then(|v| v.to_str().ok()).unwrap_or("");
    tracing::info!("{} by {}", method, agent);
    "ok"
}
"""),
    "rs: a helper that hands the sort text back, pasted": ("rs.flow.sql-injection|rs.sql.format-built-query", r"""
use axum::extract::{Query, State};
#[derive(serde::Deserialize)]
pub struct P { sort: Option<String> }
fn order_clause(sort: Option<&str>) -> String {
    sort.unwrap_or("id").to_string()
}
pub async fn list(State(db): State<sqlx::PgPool>, Query(p): Query<P>) -> usize {
    let sql = format!("SELECT title FROM posts ORDER BY {}", order_clause(p.sort.as_deref()));
    let rows: Vec<(String,)> = sqlx::query_as(&sql).fetch_all(&db).await.unwrap_or_default();
    rows.len()
}
"""),
    "rs: a helper that only trims, passed to and_then": ("rs.flow.path-traversal", r"""
use actix_web::{get, web, HttpResponse};
fn tidy(name: &str) -> Option<String> {
    Some(name.trim().to_string())
}
#[get("/files")]
async fn file(q: web::Query<std::collections::HashMap<String, String>>) -> HttpResponse {
    let Some(name) = q.get("name").and_then(|s| Some(s.as_str())).and_then(tidy) else {
        return HttpResponse::BadRequest().finish();
    };
    match std::fs::read(std::path::Path::new("/srv/files").join(name)) {
        Ok(b) => HttpResponse::Ok().body(b),
        Err(_) => HttpResponse::NotFound().finish(),
    }
}
"""),
    "rs: a method that builds the command from the request": ("rs.flow.command-injection|rs.exec.shell-command-built", r"""
use std::process::Command;
#[derive(serde::Deserialize)]
pub struct Job { table: String }
impl Job {
    fn script(&self) -> String { format!("psql -c 'VACUUM {}'", self.table) }
}
pub async fn handler(axum::Json(job): axum::Json<Job>) -> bool {
    let script = job.script();
    Command::new("sh").arg("-c").arg(&script).status().map(|s| s.success()).unwrap_or(false)
}
"""),
    "rs: a length read from the packet": ("rs.mem.raw-parts-length", r"""
pub fn body(buf: &[u8]) -> &[u8] {
    if buf.len() < 4 { return &[]; }
    let n = u32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]) as usize;
    unsafe { std::slice::from_raw_parts(buf.as_ptr().add(4), n) }
}
"""),
    "rs: zip entry folders made before the containment check": ("rs.flow.zip-slip", r"""
pub fn unzip(file: std::fs::File, dest: &std::path::Path) -> anyhow::Result<()> {
    let mut ar = zip::ZipArchive::new(file)?;
    let root = dest.canonicalize()?;
    for i in 0..ar.len() {
        let mut f = ar.by_index(i)?;
        let target = root.join(f.name());
        let parent = target.parent().ok_or_else(|| anyhow::anyhow!("no parent"))?;
        std::fs::create_dir_all(parent)?;
        if !parent.canonicalize()?.starts_with(&root) {
            anyhow::bail!("entry escapes destination");
        }
        let mut out = std::fs::File::create(&target)?;
        std::io::copy(&mut f, &mut out)?;
    }
    Ok(())
}
"""),
    "rs: a stored name written into the table unescaped": ("rs.flow.xss", r"""
use std::fmt::Write;
use axum::{extract::State, response::Html};
pub async fn users(State(db): State<sqlx::PgPool>) -> Html<String> {
    let rows: Vec<(i64, String)> = sqlx::query_as("SELECT id, name FROM users").fetch_all(&db).await.unwrap_or_default();
    let mut out = String::from("<table>");
    for (id, name) in rows {
        let _ = write!(out, "<tr><td>{}</td><td>{}</td></tr>", id, name);
    }
    out.push_str("</table>");
    Html(out)
}
"""),
    "rs: text added to a number placeholder beside the caller's name": ("rs.sql.format-built-query", r"""
pub async fn bad(db: &sqlx::PgPool, name: &str) -> sqlx::Result<()> {
    let sql = format!("SELECT count(*) FROM t WHERE a = '{}' AND b = {}", name, 1 + 1);
    sqlx::query(&sql).execute(db).await?;
    Ok(())
}
"""),
    "rs: dynamic update whose column names the client chose": ("rs.flow.sql-injection|rs.sql.format-built-query", r"""
use axum::{extract::{Path, State}, http::StatusCode, Json};
use std::collections::HashMap;
const EDITABLE: &[&str] = &["title", "body", "tags"];
pub async fn patch(State(db): State<sqlx::PgPool>, Path(id): Path<i64>, Json(fields): Json<HashMap<String, String>>) -> StatusCode {
    let mut sets = Vec::new();
    let mut values = Vec::new();
    for (k, v) in &fields {
        sets.push(format!("{} = ${}", k, sets.len() + 1));
        values.push(v.clone());
    }
    if sets.is_empty() { return StatusCode::NO_CONTENT; }
    let sql = format!("UPDATE posts SET {} WHERE id = ${}", sets.join(", "), values.len() + 1);
    let mut q = sqlx::query(&sql);
    for v in &values { q = q.bind(v); }
    match q.bind(id).execute(&db).await { Ok(_) => StatusCode::NO_CONTENT, Err(_) => StatusCode::INTERNAL_SERVER_ERROR }
}
"""),
}

_ENGINE: list[TreeSitterEngine] = []


def rules_flagged(code: str) -> set[str]:
    if not _ENGINE:
        _ENGINE.append(TreeSitterEngine(EngineConfig()))
    record = Record(source="test", position=1, raw=code.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", "rust", code, 1, True)
    out = _ENGINE[0].scan([RecordResult(record, [snippet])])
    assert [s.status for s in out.statuses] == ["ok"]
    return {f.rule_id for f in out.findings}


@pytest.mark.parametrize("code", list(SAFE.values()), ids=list(SAFE))
def test_safe_lookalike_is_not_flagged(code):
    assert rules_flagged(code) == set()


@pytest.mark.parametrize(("rule", "code"), list(UNSAFE.values()), ids=list(UNSAFE))
def test_unsafe_twin_is_flagged(rule, code):
    # "a|b": either rule
    assert set(rule.split("|")) & rules_flagged(code)
