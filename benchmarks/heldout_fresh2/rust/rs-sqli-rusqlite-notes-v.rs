use rusqlite::Connection;
use std::env;

/// notes-cli: `notes find <tag>` prints every note carrying that tag.
/// The team chat bot runs it with the tag a user typed in the channel; notes.db is shared by the team.
fn find_by_tag(conn: &Connection, tag: &str) -> rusqlite::Result<Vec<(i64, String)>> {
    let sql = format!(
        "SELECT n.id, n.body FROM notes n JOIN note_tags t ON t.note_id = n.id WHERE t.tag = '{}' ORDER BY n.id",
        tag
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

fn main() -> rusqlite::Result<()> {
    let args: Vec<String> = env::args().collect();
    if args.len() != 3 || args[1] != "find" {
        eprintln!("usage: notes find <tag>");
        std::process::exit(2);
    }
    let conn = Connection::open("notes.db")?;
    for (id, body) in find_by_tag(&conn, &args[2])? {
        println!("#{id}: {body}");
    }
    Ok(())
}
