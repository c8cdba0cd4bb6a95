use std::collections::HashMap;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[repr(u8)]
#[derive(Debug, Clone, Copy)]
enum Op {
    Get = 1,
    Set = 2,
    Delete = 3,
}

/// Wire format: [op u8][key len u8][key bytes]; replies with the value or an empty line.
pub async fn serve(mut sock: TcpStream, store: &mut HashMap<Vec<u8>, Vec<u8>>) -> std::io::Result<()> {
    let mut head = [0u8; 2];
    while sock.read_exact(&mut head).await.is_ok() {
        let op: Op = unsafe { std::mem::transmute::<u8, Op>(head[0]) };
        let mut key = vec![0u8; head[1] as usize];
        sock.read_exact(&mut key).await?;
        let reply = match op {
            Op::Get => store.get(&key).cloned().unwrap_or_default(),
            Op::Set => {
                store.insert(key, b"1".to_vec());
                b"OK".to_vec()
            }
            Op::Delete => store.remove(&key).map(|_| b"OK".to_vec()).unwrap_or_default(),
        };
        sock.write_all(&reply).await?;
        sock.write_all(b"\n").await?;
    }
    Ok(())
}
