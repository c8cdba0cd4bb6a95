use axum::{extract::Query, response::Html};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct UnsubscribeParams {
    email: String,
    list: Option<String>,
}

pub async fn unsubscribe(Query(p): Query<UnsubscribeParams>) -> Html<String> {
    let list = p.list.unwrap_or_else(|| "all newsletters".into());
    Html(format!(
        r#"<!doctype html>
<html><head><title>Unsubscribed</title></head>
<body>
  <p>{email} will no longer receive <em>{list}</em>.</p>
  <a href="/">Back to the shop</a>
</body></html>"#,
        email = html_escape::encode_text(&p.email),
        list = html_escape::encode_text(&list)
    ))
}
