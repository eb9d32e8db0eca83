//! Where cpaws keeps its files: the one place that asks the platform (XDG on Linux, the
//! platform's own folders elsewhere, through `etcetera`). None when no home can be found.

use std::path::PathBuf;

use etcetera::BaseStrategy;

fn base() -> Option<impl BaseStrategy> {
    etcetera::choose_base_strategy().ok()
}

/// The home directory (where the AWS shared files live by default: `~/.aws/config`).
pub fn home_dir() -> Option<PathBuf> {
    Some(base()?.home_dir().to_path_buf())
}

/// `~/.config/cpaws` (settings the user writes: config.toml, prices.toml).
pub fn config_dir() -> Option<PathBuf> {
    Some(base()?.config_dir().join("cpaws"))
}

/// `~/.cache/cpaws` (what can be thrown away: the model-alias cache).
pub fn cache_dir() -> Option<PathBuf> {
    Some(base()?.cache_dir().join("cpaws"))
}

/// `~/.local/share/cpaws` (what cpaws keeps for the user: chat sessions).
pub fn data_dir() -> Option<PathBuf> {
    Some(base()?.data_dir().join("cpaws"))
}
