use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
};

// The service runs with RUST_BACKTRACE=1 (set in its systemd unit), so anyhow captures a backtrace for every error.
pub struct AppError(anyhow::Error);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        tracing::error!(error = ?self.0, "request failed");
        let body = format!(
            "internal error: {:#}\n\nbacktrace:\n{}",
            self.0,
            self.0.backtrace()
        );
        (StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
    }
}

impl<E: Into<anyhow::Error>> From<E> for AppError {
    fn from(err: E) -> Self {
        AppError(err.into())
    }
}

pub async fn report(axum::extract::Path(id): axum::extract::Path<i64>) -> Result<String, AppError> {
    let text = tokio::fs::read_to_string(format!("/srv/reports/{id}.txt")).await?;
    Ok(text)
}
