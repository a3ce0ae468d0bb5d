use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    return_large_blocks_to_the_system();
    server::telemetry::init();
    let cli = server::cli::Cli::parse();
    // The one place the binary picks its clock.
    match server::cli::run(cli, app::server::Clock::System).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("vaardig: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Every password check takes a 19 MiB block (argon2). glibc serves blocks that large with `mmap`
/// and gives them back when freed, until it sees one freed: then it raises that threshold and
/// serves them from its heaps, which keep the memory. A burst of sign-ins then left the server
/// about 560 MiB larger (`scripts/bench-signin`: 64 at once, 609 MiB peak; 96 MiB with this).
/// A fixed threshold keeps large blocks on `mmap`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_blocks_to_the_system() {
    const THRESHOLD_BYTES: libc::c_int = 128 * 1024;
    // SAFETY: `mallopt` only changes the allocator's settings; it is called before any thread
    // of ours allocates a large block.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, THRESHOLD_BYTES);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_blocks_to_the_system() {}
