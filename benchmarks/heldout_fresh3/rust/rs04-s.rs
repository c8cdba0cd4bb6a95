use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use std::net::IpAddr;
use std::process::Command;

#[derive(Deserialize)]
pub struct PingQuery {
    host: String,
}

#[get("/diag/ping")]
pub async fn ping(q: web::Query<PingQuery>) -> HttpResponse {
    let host: IpAddr = match q.into_inner().host.parse() {
        Ok(ip) => ip,
        Err(_) => return HttpResponse::BadRequest().body("host must be an IP address"),
    };
    let out = web::block(move || {
        Command::new("ping")
            .args(["-c", "3", "-W", "2"])
            .arg(host.to_string())
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
