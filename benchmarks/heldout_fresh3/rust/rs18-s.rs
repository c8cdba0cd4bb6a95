use actix_web::{get, web, HttpResponse};
use askama::Template;
use sqlx::PgPool;

#[derive(Template)]
#[template(
    source = "<!doctype html><html><body><div class=\"card\"><h2>{{ username }}</h2><p>{{ bio }}</p></div></body></html>",
    ext = "html"
)]
struct Profile {
    username: String,
    bio: String,
}

fn render(p: &Profile) -> String {
    p.render().unwrap_or_default()
}

#[get("/u/{username}")]
pub async fn profile(pool: web::Data<PgPool>, path: web::Path<String>) -> HttpResponse {
    let username = path.into_inner();
    let row: Option<(String,)> = sqlx::query_as("SELECT bio FROM profiles WHERE username = $1")
        .bind(&username)
        .fetch_optional(pool.get_ref())
        .await
        .unwrap_or(None);
    let Some((bio,)) = row else {
        return HttpResponse::NotFound().finish();
    };
    let page = render(&Profile { username, bio });
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(page)
}
