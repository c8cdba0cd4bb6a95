use std::fs;
use std::io::{self, Write};

/// Tiny 16-colour indexed image: 2-byte width, then one palette index byte per pixel.
const PALETTE: [[u8; 3]; 16] = [
    [0, 0, 0], [128, 0, 0], [0, 128, 0], [128, 128, 0], [0, 0, 128], [128, 0, 128], [0, 128, 128], [192, 192, 192],
    [128, 128, 128], [255, 0, 0], [0, 255, 0], [255, 255, 0], [0, 0, 255], [255, 0, 255], [0, 255, 255], [255, 255, 255],
];

fn to_rgb(pixels: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(pixels.len() * 3);
    for &idx in pixels {
        // Masked to 0..=15, and PALETTE has exactly 16 entries.
        let rgb = unsafe { PALETTE.get_unchecked((idx & 0x0F) as usize) };
        out.extend_from_slice(rgb);
    }
    out
}

/// idx2ppm <input.idx>  -- converts an uploaded .idx image to PPM on stdout.
fn main() -> io::Result<()> {
    let path = std::env::args().nth(1).expect("usage: idx2ppm <input.idx>");
    let data = fs::read(path)?;
    let width = u16::from_le_bytes([data[0], data[1]]) as usize;
    let pixels = &data[2..];
    let height = pixels.len() / width.max(1);
    let mut out = io::stdout().lock();
    write!(out, "P6\n{} {}\n255\n", width, height)?;
    out.write_all(&to_rgb(&pixels[..width * height]))
}
