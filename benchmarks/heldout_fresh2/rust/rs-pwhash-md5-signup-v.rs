use actix_web::{post, web, HttpResponse};
use serde::Deserialize;
use sqlx::PgPool;

#[derive(Deserialize)]
struct Signup {
    email: String,
    password: String,
}

fn hash_password(password: &str) -> String {
    format!("{:x}", md5::compute(password.as_bytes()))
}

#[post("/signup")]
async fn signup(pool: web::Data<PgPool>, form: web::Json<Signup>) -> HttpResponse {
    if form.password.len() < 10 {
        return HttpResponse::BadRequest().body("password too short");
    }
    let hash = hash_password(&form.password);
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
