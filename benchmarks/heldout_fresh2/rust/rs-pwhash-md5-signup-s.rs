use actix_web::{post, web, HttpResponse};
use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
use argon2::Argon2;
use serde::Deserialize;
use sqlx::PgPool;

#[derive(Deserialize)]
struct Signup {
    email: String,
    password: String,
}

fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default().hash_password(password.as_bytes(), &salt)?.to_string())
}

#[post("/signup")]
async fn signup(pool: web::Data<PgPool>, form: web::Json<Signup>) -> HttpResponse {
    if form.password.len() < 10 {
        return HttpResponse::BadRequest().body("password too short");
    }
    let Ok(hash) = hash_password(&form.password) else {
        return HttpResponse::InternalServerError().finish();
    };
    let res = sqlx::query("INSERT INTO users (email, password_hash) VALUES ($1, $2)")
        .bind(&form.email)
        .bind(&hash)
        .execute(pool.get_ref())
        .await;
    match res {
        Ok(_) => HttpResponse::Created().finish(),
        Err(_) => HttpResponse::Conflict().body("email already registered"),
    }
}
