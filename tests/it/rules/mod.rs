//! Rules about the source itself, checked on its text: the module graph points one way
//! (docs/architecture.md), every `cpaws …` command cpaws prints parses, and chat writes stdout only
//! through the Printer.

mod fix_commands;
mod layering;
mod stdout;
