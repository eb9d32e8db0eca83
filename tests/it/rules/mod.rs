//! Rules about the source itself, checked on its text: the module graph points one way
//! (docs/architecture.md), and every `cpaws …` command cpaws prints parses.

mod fix_commands;
mod layering;
