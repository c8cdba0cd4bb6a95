use rusqlite::Connection;
use std::env;

fn main() -> rusqlite::Result<()> {
    let title = env::args().nth(1).expect("title");
    let conn = Connection::open("notes.db")?;
    conn.execute_batch(&format!("DELETE FROM notes WHERE title = '{}';", title))?;
    Ok(())
}
