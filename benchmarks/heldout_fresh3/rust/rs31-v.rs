use tokio_postgres::{Client, Config, NoTls};

pub async fn connect_metrics() -> Result<Client, Box<dyn std::error::Error + Send + Sync>> {
    let password = String::new();
    let mut cfg = Config::new();
    cfg.host_path("/run/postgresql")
        .port(5432)
        .dbname("metrics")
        .user("exporter")
        .password(password.as_bytes())
        .connect_timeout(std::time::Duration::from_secs(5));
    let (client, connection) = cfg.connect(NoTls).await?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            eprintln!("postgres connection error: {e}");
        }
    });
    Ok(client)
}
