use actix_web::{post, web, HttpResponse};
use serde::Deserialize;
use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
use argon2::Argon2;
use sqlx::SqlitePool;

#[derive(Deserialize)]
pub struct Signup {
    email: String,
    password: String,
}

fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 hashing")
        .to_string()
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
