use axum::{extract::State, http::StatusCode, Json};
use mongodb::{bson::{doc, Bson, Document}, Collection};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Redeem {
    email: String,
    code: serde_json::Value,
}

pub async fn redeem(
    State(invites): State<Collection<Document>>,
    Json(body): Json<Redeem>,
) -> StatusCode {
    let code = match Bson::try_from(body.code) {
        Ok(c) => c,
        Err(_) => return StatusCode::BAD_REQUEST,
    };
    let filter = doc! { "code": code, "redeemed": false };
    let update = doc! { "$set": { "redeemed": true, "redeemed_by": body.email.as_str() } };
    match invites.find_one_and_update(filter, update, None).await {
        Ok(Some(_)) => StatusCode::NO_CONTENT,
        Ok(None) => StatusCode::NOT_FOUND,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
