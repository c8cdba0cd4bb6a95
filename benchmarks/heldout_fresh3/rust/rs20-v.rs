use std::net::UdpSocket;

static SENSORS: [&str; 6] = ["boiler", "intake", "exhaust", "pump-a", "pump-b", "tank"];

fn sensor_name(idx: usize) -> &'static str {
    unsafe { SENSORS.get_unchecked(idx) }
}

fn main() -> std::io::Result<()> {
    let sock = UdpSocket::bind("0.0.0.0:9300")?;
    let mut buf = [0u8; 64];
    loop {
        let (n, peer) = sock.recv_from(&mut buf)?;
        if n == 0 {
            continue;
        }
        let idx = buf[0] as usize;
        let name = sensor_name(idx);
        sock.send_to(name.as_bytes(), peer)?;
    }
}
