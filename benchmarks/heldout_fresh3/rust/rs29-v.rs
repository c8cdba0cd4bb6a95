use actix_web::{cookie::{time::Duration, Cookie, SameSite}, HttpResponse};

pub fn session_cookie(session_id: &str) -> Cookie<'static> {
    Cookie::build("sid", session_id.to_owned())
        .path("/")
        .max_age(Duration::hours(8))
        .same_site(SameSite::Lax)
        .finish()
}

pub fn login_ok(session_id: &str, display_name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .cookie(session_cookie(session_id))
        .json(serde_json::json!({ "welcome": display_name }))
}

pub fn logout() -> HttpResponse {
    let mut c = Cookie::named("sid");
    c.make_removal();
    HttpResponse::Ok().cookie(c).finish()
}
