use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
struct Lookup {
    host: String,
}

#[get("/tools/dns")]
async fn dns(q: web::Query<Lookup>) -> HttpResponse {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("dig +short {}", q.host))
        .output();
    match out {
        Ok(o) => HttpResponse::Ok().content_type("text/plain").body(o.stdout),
        Err(_) => HttpResponse::InternalServerError().finish(),
    }
}
