//! A real SMTP server for the tests: `scripts/smtp_sink.py` (aiosmtpd, from PyPI; `scripts/setup`
//! installs it) on a free loopback port, writing every message it receives to a folder. One per
//! test that sends mail, stopped when it is dropped.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use tempfile::TempDir;

/// The running server and the folder of what it received.
pub struct SmtpSink {
    child: Child,
    folder: TempDir,
    /// Where Vaardig sends: `smtp://127.0.0.1:PORT`.
    pub url: String,
}

/// A message as the SMTP server received it, decoded.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub to: String,
    pub from: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl SmtpSink {
    /// Starts a server; panics with the way to install it when aiosmtpd is missing.
    pub fn start() -> SmtpSink {
        let folder = tempfile::tempdir().expect("temp dir");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/smtp_sink.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg(folder.path())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs");
        let mut port = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut port).expect("port line");
        assert!(
            !port.trim().is_empty(),
            "the SMTP sink did not start: run scripts/setup (it installs aiosmtpd)"
        );
        SmtpSink { child, folder, url: format!("smtp://127.0.0.1:{}", port.trim()) }
    }

    /// The messages received so far, in order of arrival.
    pub fn received(&self) -> Vec<ReceivedMail> {
        let mut files: Vec<_> = std::fs::read_dir(self.folder.path())
            .expect("mail folder")
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
            .collect();
        files.sort();
        files.iter().map(|path| parse(&std::fs::read(path).expect("message"))).collect()
    }

    /// Waits (up to 15 s: the worker polls every second) until `count` messages have arrived.
    pub async fn wait_for(&self, count: usize) -> Vec<ReceivedMail> {
        for _ in 0..150 {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("expected {count} messages, received {:?}", self.received());
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn parse(raw: &[u8]) -> ReceivedMail {
    let message = mailparse::parse_mail(raw).expect("a MIME message");
    let header = |name: &str| {
        message
            .headers
            .iter()
            .find(|h| h.get_key().eq_ignore_ascii_case(name))
            .map(|h| h.get_value())
            .unwrap_or_default()
    };
    let part = |mime: &str| {
        message
            .subparts
            .iter()
            .find(|part| part.ctype.mimetype == mime)
            .map(|part| part.get_body().expect("body").replace("\r\n", "\n"))
            .unwrap_or_default()
    };
    ReceivedMail {
        to: header("To"),
        from: header("From"),
        subject: header("Subject"),
        text: part("text/plain"),
        html: part("text/html"),
    }
}

/// The first link in a text that starts with `prefix`.
pub fn link_after(text: &str, prefix: &str) -> String {
    let start = text.find(prefix).unwrap_or_else(|| panic!("no link {prefix} in {text}"));
    text[start..].split_whitespace().next().expect("link").to_owned()
}
