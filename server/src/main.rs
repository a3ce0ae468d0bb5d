use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
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
