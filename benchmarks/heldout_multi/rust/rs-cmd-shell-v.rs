use actix_web::{get, web, HttpResponse};
use std::process::Command;

#[get("/ping/{host}")]
async fn ping(host: web::Path<String>) -> HttpResponse {
    let out = Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", host)).output().unwrap();
    HttpResponse::Ok().body(out.stdout)
}
