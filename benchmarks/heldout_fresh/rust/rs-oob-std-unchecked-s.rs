const DESCRIPTIONS: [&str; 4] = ["ok", "warning", "fault", "offline"];

pub fn describe(frame: &[u8]) -> &'static str {
    if frame.is_empty() {
        return "empty";
    }
    let code = frame[0] as usize & 0b11;
    // hot path: the mask keeps code below DESCRIPTIONS.len()
    unsafe { DESCRIPTIONS.get_unchecked(code) }
}

fn main() {
    let frame = std::io::Read::bytes(std::io::stdin()).take(1).filter_map(Result::ok).collect::<Vec<u8>>();
    println!("{}", describe(&frame));
}
