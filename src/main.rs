fn main() -> std::process::ExitCode {
    // A panic is a bug in cpaws: say so plainly (with where), never print a raw backtrace at users.
    std::panic::set_hook(Box::new(|info| {
        eprintln!(
            "error: internal error in cpaws {}: {info}\n  please report it with the command you ran (secrets removed)",
            env!("CARGO_PKG_VERSION")
        );
    }));
    cpaws::main()
}
