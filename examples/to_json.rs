//! Turns press-release pages into JSON.
//!
//! ```text
//! to_json [--pretty] [--url URL] FILE...
//! ```
//!
//! `-` reads standard input. HTML or text is detected from the content. One JSON object
//! per file; with several files, one per line. A file that cannot be read is reported as
//! `FILE: reason` on stderr and the others still print; the exit code is then 1.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use communique::{Extractor, Page};

const USAGE: &str = "usage: to_json [--pretty] [--url URL] FILE...   (- reads stdin)

example:
  to_json fixtures/wordpress-cted-conference.html";

struct Args {
    pretty: bool,
    url: Option<String>,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        pretty: false,
        url: None,
        files: Vec::new(),
    };
    let mut it = std::env::args_os().skip(1);
    while let Some(a) = it.next() {
        let a = a
            .into_string()
            .map_err(|a| format!("argument is not UTF-8: {a:?}"))?;
        match a.as_str() {
            "--pretty" => args.pretty = true,
            "--url" => {
                args.url = Some(
                    it.next()
                        .and_then(|u| u.into_string().ok())
                        .ok_or("--url needs a value")?,
                )
            }
            "-h" | "--help" => return Err(String::new()),
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => args.files.push(a),
        }
    }
    if args.files.is_empty() {
        return Err("no input files".into());
    }
    Ok(args)
}

fn read_input(path: &str) -> io::Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

fn run() -> Result<bool, io::Error> {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("to_json: {msg}");
            }
            eprintln!("{USAGE}");
            return Ok(msg.is_empty());
        }
    };
    let extractor = Extractor::new();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut all_ok = true;
    for path in &args.files {
        let bytes = match read_input(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                all_ok = false;
                continue;
            }
        };
        let mut page = Page::bytes(&bytes);
        if let Some(url) = &args.url {
            page = page.url(url);
        }
        match extractor.extract(page) {
            Ok(release) => {
                let json = if args.pretty && args.files.len() == 1 {
                    serde_json::to_string_pretty(&release)
                } else {
                    serde_json::to_string(&release)
                };
                match json {
                    Ok(s) => writeln!(out, "{s}")?,
                    Err(e) => {
                        eprintln!("{path}: {e}");
                        all_ok = false;
                    }
                }
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                all_ok = false;
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // A closed stdout (`to_json … | head`) is not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("to_json: {e}");
            ExitCode::FAILURE
        }
    }
}
