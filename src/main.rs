use clap::Parser;

fn main() -> std::process::ExitCode {
    cpaws::run(cpaws::cli::Cli::parse())
}
