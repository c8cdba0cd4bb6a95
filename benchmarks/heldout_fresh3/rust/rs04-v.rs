use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
pub struct PingQuery {
    host: String,
}

#[get("/diag/ping")]
pub async fn ping(q: web::Query<PingQuery>) -> HttpResponse {
    let host = q.into_inner().host;
    let out = web::block(move || {
        Command::new("sh")
            .arg("-c")
            .arg(format!("ping -c 3 -W 2 {}", host))
            .output()
    })
    .await;
    match out {
        Ok(Ok(o)) => HttpResponse::Ok()
            .content_type("text/plain")
            .body(String::from_utf8_lossy(&o.stdout).into_owned()),
        _ => HttpResponse::InternalServerError().finish(),
    }
}
