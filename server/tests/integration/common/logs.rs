//! The log lines the app writes while a test runs, kept in memory to be read back.

use std::sync::{Arc, Mutex};

/// Everything logged on this test's thread (the app it spawned runs there too) after
/// [`Captured::install`], as the server formats it.
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    /// Starts capturing on this thread until the guard is dropped. A test's runtime runs on one
    /// thread, so this sees every line its server logs (work moved to blocking threads aside).
    pub fn install() -> (Captured, tracing::subscriber::DefaultGuard) {
        let log = Captured::default();
        let writer = log.clone();
        let subscriber =
            tracing_subscriber::fmt().with_writer(move || writer.clone()).with_ansi(false).finish();
        (log, tracing::subscriber::set_default(subscriber))
    }

    /// The first line that contains every one of `parts`.
    pub fn line_with(&self, parts: &[&str]) -> Option<String> {
        self.lines_with(parts).into_iter().next()
    }

    /// Every line that contains every one of `parts`.
    pub fn lines_with(&self, parts: &[&str]) -> Vec<String> {
        let text = String::from_utf8_lossy(&self.0.lock().expect("log buffer")).into_owned();
        text.lines().filter(|line| parts.iter().all(|part| line.contains(part))).map(str::to_owned).collect()
    }
}
