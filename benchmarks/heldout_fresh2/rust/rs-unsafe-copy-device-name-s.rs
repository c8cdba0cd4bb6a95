use std::net::UdpSocket;
use std::ptr;

#[repr(C)]
pub struct DeviceRecord {
    pub id: u32,
    pub name: [u8; 32],
    pub firmware: u16,
}

/// Discovery announcement: [u32 id][u16 firmware][u8 name_len][name bytes]
fn parse_announce(pkt: &[u8]) -> Option<DeviceRecord> {
    if pkt.len() < 7 {
        return None;
    }
    let mut rec = DeviceRecord {
        id: u32::from_le_bytes(pkt[0..4].try_into().ok()?),
        name: [0; 32],
        firmware: u16::from_le_bytes([pkt[4], pkt[5]]),
    };
    let name_len = (pkt[6] as usize).min(rec.name.len()).min(pkt.len() - 7);
    unsafe { ptr::copy_nonoverlapping(pkt.as_ptr().add(7), rec.name.as_mut_ptr(), name_len) };
    Some(rec)
}

pub fn listen() -> std::io::Result<()> {
    let sock = UdpSocket::bind("0.0.0.0:5353")?;
    let mut buf = [0u8; 512];
    loop {
        let (n, from) = sock.recv_from(&mut buf)?;
        if let Some(rec) = parse_announce(&buf[..n]) {
            println!("{from}: device {} fw {}", rec.id, rec.firmware);
        }
    }
}
