use axum::{extract::ConnectInfo, http::StatusCode, Form};
use serde::Deserialize;
use std::{fs::OpenOptions, io::Write, net::SocketAddr};

#[derive(Deserialize)]
pub struct Login {
    username: String,
    password: String,
}

fn audit(line: std::fmt::Arguments<'_>) {
    if let Ok(mut f) = OpenOptions::new().create(true).append(true).open("audit.log") {
        let _ = writeln!(f, "{}", line);
    }
}

async fn check_credentials(_user: &str, _pw: &str) -> bool {
    false
}

pub async fn login(ConnectInfo(addr): ConnectInfo<SocketAddr>, Form(f): Form<Login>) -> StatusCode {
    if check_credentials(&f.username, &f.password).await {
        return StatusCode::NO_CONTENT;
    }
    audit(format_args!("login failed user={:?} ip={}", f.username, addr.ip()));
    StatusCode::UNAUTHORIZED
}
