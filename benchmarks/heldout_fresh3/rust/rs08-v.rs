use std::fs::{self, File};
use std::io::{self, Read, Seek};
use std::path::Path;
use zip::ZipArchive;

pub fn install_theme<R: Read + Seek>(upload: R, themes_dir: &Path) -> zip::result::ZipResult<usize> {
    let mut archive = ZipArchive::new(upload)?;
    let mut written = 0;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let rel = Path::new(entry.name()).to_path_buf();
        let target = themes_dir.join(rel);
        if entry.is_dir() {
            fs::create_dir_all(&target)?;
            continue;
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut out = File::create(&target)?;
        io::copy(&mut entry, &mut out)?;
        written += 1;
    }
    Ok(written)
}
