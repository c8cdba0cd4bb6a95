use std::fs::{self, File};
use std::io;
use std::path::Path;

/// restore <backup.zip> <target-dir>: unpacks a customer-supplied site backup.
fn restore(archive_path: &Path, target: &Path) -> zip::result::ZipResult<usize> {
    let mut archive = zip::ZipArchive::new(File::open(archive_path)?)?;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        // enclosed_name() is None for absolute names and names that climb out with "..".
        let Some(rel) = entry.enclosed_name().map(|p| p.to_path_buf()) else {
            eprintln!("skipping unsafe entry {:?}", entry.name());
            continue;
        };
        let out_path = target.join(rel);
        if entry.is_dir() {
            fs::create_dir_all(&out_path)?;
            continue;
        }
        if let Some(parent) = out_path.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut out = File::create(&out_path)?;
        io::copy(&mut entry, &mut out)?;
    }
    Ok(archive.len())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: restore <backup.zip> <target-dir>");
        std::process::exit(2);
    }
    match restore(Path::new(&args[1]), Path::new(&args[2])) {
        Ok(n) => println!("restored {n} entries"),
        Err(e) => eprintln!("restore failed: {e}"),
    }
}
