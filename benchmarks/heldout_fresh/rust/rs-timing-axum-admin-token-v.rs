use axum::{extract::Request, http::StatusCode, middleware::Next, response::Response};

pub async fn require_admin(req: Request, next: Next) -> Result<Response, StatusCode> {
    let expected = std::env::var("ADMIN_TOKEN").map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let given = req
        .headers()
        .get("x-admin-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if given != expected {
        return Err(StatusCode::FORBIDDEN);
    }
    Ok(next.run(req).await)
}
