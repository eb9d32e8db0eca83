//! Token usage and the estimated cost from a price table (USD per million tokens).
//!
//! Defaults (docs/chat.md) can be overridden in `~/.config/cpaws/prices.toml` (XDG_CONFIG_HOME):
//! `[prices."claude-sonnet-4-6"] input = 3.0, output = 15.0` (optionally `cache_write_5m`,
//! `cache_write_1h`, `cache_read`); a key matches a model ID exactly or as a prefix.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct Price {
    pub input: f64,
    pub output: f64,
    /// Default 1.25 × input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_write_5m: Option<f64>,
    /// Default 2 × input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_write_1h: Option<f64>,
    /// Default 0.1 × input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_read: Option<f64>,
}

#[derive(Debug, Default, Deserialize)]
struct PriceFile {
    #[serde(default)]
    prices: BTreeMap<String, Price>,
}

/// Built-in list prices (USD per MTok), by model-ID prefix; the longest matching prefix wins.
const DEFAULTS: &[(&str, f64, f64)] = &[
    ("claude-opus-4-0", 15.0, 75.0),
    ("claude-opus-4-1", 15.0, 75.0),
    ("claude-opus-4-2", 15.0, 75.0),
    ("claude-opus-4", 5.0, 25.0),
    ("claude-opus", 5.0, 25.0),
    ("claude-sonnet", 3.0, 15.0),
    ("claude-haiku-3", 0.8, 4.0),
    ("claude-haiku", 1.0, 5.0),
];

pub fn prices_path() -> Option<PathBuf> {
    crate::paths::config_dir().map(|d| d.join("prices.toml"))
}

/// The price of a model: the override file first, then the built-in table.
pub fn price_for(model: &str) -> Result<Option<Price>, String> {
    if let Some(path) = prices_path()
        && path.exists()
    {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let f: PriceFile =
            toml::from_str(&text).map_err(|e| format!("{} is not valid: {e}", path.display()))?;
        if let Some((_, p)) = f
            .prices
            .iter()
            .filter(|(k, _)| model.starts_with(k.as_str()))
            .max_by_key(|(k, _)| k.len())
        {
            return Ok(Some(*p));
        }
    }
    Ok(DEFAULTS
        .iter()
        .filter(|(k, _, _)| model.starts_with(k))
        .max_by_key(|(k, _, _)| k.len())
        .map(|(_, i, o)| Price {
            input: *i,
            output: *o,
            ..Price::default()
        }))
}

/// Token counts of one answer (or a sum of answers).
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Usage {
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub cache_creation_input_tokens: u64,
    pub cache_read_input_tokens: u64,
    /// Estimated cost in USD, when the model's price is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_usd: Option<f64>,
}

impl Usage {
    pub fn from_api(u: &Value) -> Usage {
        let n = |k: &str| u.get(k).and_then(Value::as_u64).unwrap_or(0);
        Usage {
            input_tokens: n("input_tokens"),
            output_tokens: n("output_tokens"),
            cache_creation_input_tokens: n("cache_creation_input_tokens"),
            cache_read_input_tokens: n("cache_read_input_tokens"),
            cost_usd: None,
        }
    }

    pub fn priced(mut self, price: Option<Price>, one_hour: bool) -> Usage {
        self.cost_usd = price.map(|p| {
            let write = if one_hour {
                p.cache_write_1h.unwrap_or(p.input * 2.0)
            } else {
                p.cache_write_5m.unwrap_or(p.input * 1.25)
            };
            let read = p.cache_read.unwrap_or(p.input * 0.1);
            (self.input_tokens as f64 * p.input
                + self.output_tokens as f64 * p.output
                + self.cache_creation_input_tokens as f64 * write
                + self.cache_read_input_tokens as f64 * read)
                / 1_000_000.0
        });
        self
    }

    pub fn add(&mut self, o: &Usage) {
        // The counts come from the server: absurd ones saturate instead of overflowing.
        self.input_tokens = self.input_tokens.saturating_add(o.input_tokens);
        self.output_tokens = self.output_tokens.saturating_add(o.output_tokens);
        self.cache_creation_input_tokens = self
            .cache_creation_input_tokens
            .saturating_add(o.cache_creation_input_tokens);
        self.cache_read_input_tokens = self
            .cache_read_input_tokens
            .saturating_add(o.cache_read_input_tokens);
        self.cost_usd = match (self.cost_usd, o.cost_usd) {
            (Some(a), Some(b)) => Some(a + b),
            (a, b) => a.or(b),
        };
    }

    /// `tokens: 12 in · 34 out · 0 cache write · 0 cache read · ≈ $0.0005`
    pub fn line(&self) -> String {
        let cost = match self.cost_usd {
            Some(c) => format!(" · ≈ ${c:.4}"),
            None => " · cost unknown (no price for this model; see docs/chat.md)".into(),
        };
        format!(
            "tokens: {} in · {} out · {} cache write · {} cache read{cost}",
            self.input_tokens,
            self.output_tokens,
            self.cache_creation_input_tokens,
            self.cache_read_input_tokens
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cost_of_a_sonnet_answer() {
        let u = Usage {
            input_tokens: 1_000_000,
            output_tokens: 1_000_000,
            cache_creation_input_tokens: 1_000_000,
            cache_read_input_tokens: 1_000_000,
            cost_usd: None,
        };
        let p = DEFAULTS
            .iter()
            .find(|d| d.0 == "claude-sonnet")
            .map(|d| Price {
                input: d.1,
                output: d.2,
                ..Price::default()
            });
        let c = u.priced(p, false).cost_usd.unwrap();
        assert!((c - (3.0 + 15.0 + 3.75 + 0.3)).abs() < 1e-9);
        let c1h = u.priced(p, true).cost_usd.unwrap();
        assert!((c1h - (3.0 + 15.0 + 6.0 + 0.3)).abs() < 1e-9);
        assert!(u.line().starts_with("tokens: 1000000 in"));
    }
}
