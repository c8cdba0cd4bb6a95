use std::env;
use std::process::Command;

struct Probe {
    mount: String,
}

impl Probe {
    fn run(&self) -> std::io::Result<String> {
        let script = format!("df -h {} | tail -n 1", self.mount);
        let out = Command::new("/bin/sh").arg("-c").arg(script).output()?;
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    }
}

fn main() {
    let mount = env::args().nth(1).unwrap_or_else(|| "/".into());
    let probe = Probe { mount };
    match probe.run() {
        Ok(line) => println!("{line}"),
        Err(e) => eprintln!("df failed: {e}"),
    }
}
