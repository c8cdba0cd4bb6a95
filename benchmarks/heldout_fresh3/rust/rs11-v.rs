use actix_web::{post, web, HttpResponse};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

#[derive(Deserialize)]
pub struct Signup {
    email: String,
    password: String,
}

fn hash_password(password: &str) -> String {
    let digest = Sha256::digest(password.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[post("/signup")]
pub async fn signup(pool: web::Data<SqlitePool>, form: web::Json<Signup>) -> HttpResponse {
    if form.password.len() < 10 {
        return HttpResponse::BadRequest().body("password too short");
    }
    let hash = hash_password(&form.password);
    let res = sqlx::query("INSERT INTO users (email, password_hash) VALUES (?1, ?2)")
        .bind(&form.email)
        .bind(&hash)
        .execute(pool.get_ref())
        .await;
    match res {
        Ok(_) => HttpResponse::Created().finish(),
        Err(_) => HttpResponse::Conflict().body("email already registered"),
    }
}
