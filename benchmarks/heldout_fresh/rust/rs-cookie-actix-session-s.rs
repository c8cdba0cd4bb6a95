use actix_web::{cookie::{Cookie, SameSite}, post, web, HttpResponse};
use serde::Deserialize;

#[derive(Deserialize)]
struct Login {
    user: String,
    pass: String,
}

#[post("/login")]
async fn login(form: web::Form<Login>) -> HttpResponse {
    let Some(sid) = check_login(&form.user, &form.pass) else {
        return HttpResponse::Unauthorized().finish();
    };
    let cookie = Cookie::build("sid", sid).path("/").secure(true).http_only(true).same_site(SameSite::Lax).finish();
    HttpResponse::SeeOther().append_header(("Location", "/")).cookie(cookie).finish()
}

fn check_login(_u: &str, _p: &str) -> Option<String> { None }
