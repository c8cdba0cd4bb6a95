use actix_web::cookie::{Cookie, SameSite};
use actix_web::{post, web, HttpResponse};
use serde::Deserialize;

#[derive(Deserialize)]
struct LoginForm {
    username: String,
    password: String,
}

#[post("/login")]
async fn login(form: web::Form<LoginForm>, auth: web::Data<AuthService>) -> HttpResponse {
    let Some(user_id) = auth.check(&form.username, &form.password).await else {
        return HttpResponse::Unauthorized().body("wrong username or password");
    };
    let token = auth.new_session(user_id).await;
    let cookie = Cookie::build("session", token)
        .path("/")
        .max_age(actix_web::cookie::time::Duration::days(7))
        .secure(true)
        .http_only(true)
        .same_site(SameSite::Lax)
        .finish();
    HttpResponse::SeeOther()
        .insert_header(("Location", "/dashboard"))
        .cookie(cookie)
        .finish()
}
