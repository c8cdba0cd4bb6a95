use clap::Parser;
use rusqlite::Connection;

// Also run by our team chat bot: `!tasks sort <word>` passes the word as --sort, against the shared tasks.db.
#[derive(Parser)]
struct Args {
    /// column to sort by: due, priority or title
    #[arg(long, default_value = "due")]
    sort: String,
}

fn order_column(requested: &str) -> &str {
    requested
}

fn main() -> rusqlite::Result<()> {
    let args = Args::parse();
    let conn = Connection::open("tasks.db")?;
    let sql = format!(
        "SELECT title, priority, due FROM tasks WHERE done = 0 ORDER BY {} LIMIT 50",
        order_column(&args.sort)
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?))
    })?;
    for row in rows {
        let (title, prio, due) = row?;
        println!("{due}  p{prio}  {title}");
    }
    Ok(())
}
