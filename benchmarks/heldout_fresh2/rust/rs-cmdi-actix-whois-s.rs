use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
struct WhoisQuery {
    domain: String,
}

fn valid_domain(d: &str) -> bool {
    !d.is_empty()
        && d.len() <= 253
        && !d.starts_with('-')
        && d.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

#[get("/tools/whois")]
async fn whois(q: web::Query<WhoisQuery>) -> HttpResponse {
    if !valid_domain(&q.domain) {
        return HttpResponse::BadRequest().body("invalid domain");
    }
    let domain = q.domain.clone();
    let output = web::block(move || Command::new("whois").arg("--").arg(domain).output()).await;
    match output {
        Ok(Ok(out)) => {
            let text = String::from_utf8_lossy(&out.stdout);
            let first: Vec<&str> = text.lines().take(40).collect();
            HttpResponse::Ok().content_type("text/plain; charset=utf-8").body(first.join("\n"))
        }
        _ => HttpResponse::InternalServerError().body("whois failed"),
    }
}
