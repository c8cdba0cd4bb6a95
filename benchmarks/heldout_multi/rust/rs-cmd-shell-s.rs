use actix_web::{get, web, HttpResponse};
use std::net::IpAddr;
use std::process::Command;

#[get("/ping/{host}")]
async fn ping(host: web::Path<String>) -> HttpResponse {
    let Ok(ip) = host.parse::<IpAddr>() else { return HttpResponse::BadRequest().finish() };
    let out = Command::new("ping").arg("-c").arg("1").arg(ip.to_string()).output().unwrap();
    HttpResponse::Ok().body(out.stdout)
}
