use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
struct Lookup {
    host: String,
}

fn valid_hostname(h: &str) -> bool {
    !h.is_empty() && h.len() <= 253 && !h.starts_with('-')
        && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

#[get("/tools/dns")]
async fn dns(q: web::Query<Lookup>) -> HttpResponse {
    if !valid_hostname(&q.host) {
        return HttpResponse::BadRequest().body("invalid hostname");
    }
    let out = Command::new("dig").arg("+short").arg(&q.host).output();
    match out {
        Ok(o) => HttpResponse::Ok().content_type("text/plain").body(o.stdout),
        Err(_) => HttpResponse::InternalServerError().finish(),
    }
}
