//! One file per check: each adds its method to [`Doctor`](super::Doctor).

mod api_key;
mod clock;
mod config;
mod credentials;
mod federation;
mod identity;
mod permissions;
mod probe;
mod proxy;
mod trust;
mod workspace;
