use std::env;
use std::process::{exit, Command};

/// logrotate-lite <service> <keep-days>
/// Compresses yesterday's logs of a service and deletes archives older than <keep-days>.
/// Run with sudo by the ops web console, which passes the two fields of its "rotate now" form.
fn run(script: &str) -> bool {
    Command::new("/bin/sh")
        .args(["-c", script])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

const SERVICES: [&str; 3] = ["nginx", "api", "worker"];

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    if args.len() != 2 {
        eprintln!("usage: logrotate-lite <service> <keep-days>");
        exit(2);
    }
    let Some(service) = SERVICES.iter().find(|s| **s == args[0]) else {
        eprintln!("unknown service");
        exit(2);
    };
    let keep_days: u32 = args[1].parse().unwrap_or_else(|_| {
        eprintln!("keep-days must be a number");
        exit(2)
    });
    let script = format!(
        "cd /var/log/{service} && gzip -9 *.log.1 && find . -name '*.gz' -mtime +{keep_days} -delete"
    );
    if !run(&script) {
        eprintln!("rotation failed");
        exit(1);
    }
}
