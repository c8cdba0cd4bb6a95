use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
struct WhoisQuery {
    domain: String,
}

#[get("/tools/whois")]
async fn whois(q: web::Query<WhoisQuery>) -> HttpResponse {
    let cmdline = format!("whois {} | head -n 40", q.domain);
    let output = web::block(move || Command::new("sh").arg("-c").arg(cmdline).output()).await;
    match output {
        Ok(Ok(out)) => HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .body(String::from_utf8_lossy(&out.stdout).into_owned()),
        _ => HttpResponse::InternalServerError().body("whois failed"),
    }
}
