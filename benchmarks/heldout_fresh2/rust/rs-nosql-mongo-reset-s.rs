use axum::{extract::State, http::StatusCode, Json};
use mongodb::bson::{doc, Document};
use mongodb::Collection;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ResetBody {
    token: String,
    new_password: String,
}

/// POST /password/reset  {"token": "...", "new_password": "..."}
pub async fn reset_password(
    State(users): State<Collection<Document>>,
    Json(body): Json<ResetBody>,
) -> Result<StatusCode, StatusCode> {
    let hash = crate::passwords::hash(&body.new_password).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;

    let filter = doc! { "reset_token": &body.token, "reset_expires": { "$gt": mongodb::bson::DateTime::now() } };
    let update = doc! { "$set": { "password_hash": hash }, "$unset": { "reset_token": "" } };
    let res = users
        .update_one(filter, update, None)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    if res.matched_count == 0 {
        return Err(StatusCode::BAD_REQUEST);
    }
    Ok(StatusCode::NO_CONTENT)
}
