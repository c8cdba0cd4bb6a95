use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};
use subtle::ConstantTimeEq;

pub struct AdminToken;

#[rocket::async_trait]
impl<'r> FromRequest<'r> for AdminToken {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        let expected = match std::env::var("ADMIN_API_TOKEN") {
            Ok(t) if !t.is_empty() => t,
            _ => return Outcome::Error((Status::InternalServerError, ())),
        };
        match req.headers().get_one("X-Admin-Token") {
            Some(given) if bool::from(given.as_bytes().ct_eq(expected.as_bytes())) => Outcome::Success(AdminToken),
            _ => Outcome::Error((Status::Unauthorized, ())),
        }
    }
}

#[rocket::post("/admin/cache/flush")]
pub async fn flush_cache(_admin: AdminToken) -> &'static str {
    crate::cache::flush_all().await;
    "flushed"
}
