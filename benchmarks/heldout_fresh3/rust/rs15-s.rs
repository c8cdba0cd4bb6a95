use actix_web::{post, HttpRequest, HttpResponse};

fn token_ok(given: &[u8], expected: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    !expected.is_empty() && bool::from(given.ct_eq(expected))
}

#[post("/hooks/deploy")]
pub async fn deploy_hook(req: HttpRequest) -> HttpResponse {
    let expected = match std::env::var("DEPLOY_TOKEN") {
        Ok(t) => t,
        Err(_) => return HttpResponse::ServiceUnavailable().finish(),
    };
    let given = req
        .headers()
        .get("X-Deploy-Token")
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !token_ok(given, expected.as_bytes()) {
        return HttpResponse::Unauthorized().finish();
    }
    tokio::spawn(async {
        let _ = tokio::process::Command::new("/opt/deploy/run.sh").status().await;
    });
    HttpResponse::Accepted().body("deploy queued")
}
