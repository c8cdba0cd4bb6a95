use axum::{extract::State, http::StatusCode, Json};
use mongodb::bson::{doc, to_bson, Document};
use mongodb::Collection;
use serde_json::Value;

/// POST /password/reset  {"token": "...", "new_password": "..."}
pub async fn reset_password(
    State(users): State<Collection<Document>>,
    Json(body): Json<Value>,
) -> Result<StatusCode, StatusCode> {
    let token = to_bson(&body["token"]).map_err(|_| StatusCode::BAD_REQUEST)?;
    let new_password = body["new_password"].as_str().ok_or(StatusCode::BAD_REQUEST)?;
    let hash = crate::passwords::hash(new_password).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;

    let filter = doc! { "reset_token": token, "reset_expires": { "$gt": mongodb::bson::DateTime::now() } };
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
