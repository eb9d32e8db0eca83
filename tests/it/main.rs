//! The one integration-test binary (as uv does): every test module links the crate once, instead of
//! one binary per file each linking the whole crate (minutes on 2 cores). `cargo test --test it MODULE`
//! runs one module, e.g. `cargo test --test it proxy::`.

mod common;
mod rules;

mod batches;
mod chat;
mod chat_repl;
mod cookbook;
mod count_tokens;
mod docs;
mod doctor;
mod doctor_formats;
mod enable_federation;
mod env;
mod files;
mod fixes;
mod formats;
mod generated;
mod hostile;
mod hostile_chat;
mod hostile_files;
mod hostile_proxy;
mod keys;
mod models;
mod policy;
mod properties;
mod proxy;
mod proxy_lifecycle;
mod release;
mod secrets;
mod setup_errors;
mod status;
mod tls;
mod transport;
mod variants;
mod workspaces;
