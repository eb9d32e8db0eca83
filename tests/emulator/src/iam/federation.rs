//! Outbound web identity federation (platform.md §4.2): Get/Enable/Disable
//! OutboundWebIdentityFederation.

use super::{R, account, account_mut, authz, err};
use crate::state::{Caller, State};
use crate::xml::elem;

/// New per-account issuer URL `https://<uuid>.tokens.sts.global.api.aws` (platform.md §4.2).
fn new_issuer() -> String {
    format!("https://{}.tokens.sts.global.api.aws", uuid::Uuid::new_v4())
}

pub(super) fn get_federation(state: &mut State, caller: &Caller) -> R {
    authz(state, caller, "GetOutboundWebIdentityFederationInfo", "*")?;
    let acct = account(state, caller)?;
    if !acct.federation_enabled {
        // platform.md §4.2 lists FeatureDisabled 404 for this operation without its message;
        // the wording mirrors the documented Disable/Enable messages (UNCONFIRMED).
        return Err(err(
            404,
            "FeatureDisabled",
            "outbound identity federation is disabled for your AWS account.",
        ));
    }
    Ok(format!(
        "{}{}",
        elem("IssuerIdentifier", &acct.issuer),
        elem("JwtVendingEnabled", "true")
    ))
}

pub(super) fn enable_federation(state: &mut State, caller: &Caller) -> R {
    authz(state, caller, "EnableOutboundWebIdentityFederation", "*")?;
    let acct = account_mut(state, caller)?;
    if acct.federation_enabled {
        return Err(err(
            409,
            "FeatureEnabled",
            "outbound identity federation is already enabled for your AWS account. You cannot enable the feature multiple times.",
        ));
    }
    acct.federation_enabled = true;
    // The issuer is stable per account (platform.md §4.2: "a unique per-account issuer URL"):
    // keep an existing one, mint one if the state has none.
    if acct.issuer.is_empty() {
        acct.issuer = new_issuer();
    }
    Ok(elem("IssuerIdentifier", &acct.issuer))
}

pub(super) fn disable_federation(state: &mut State, caller: &Caller) -> R {
    authz(state, caller, "DisableOutboundWebIdentityFederation", "*")?;
    let acct = account_mut(state, caller)?;
    if !acct.federation_enabled {
        return Err(err(
            404,
            "FeatureDisabled",
            "outbound identity federation is already disabled for your AWS account. You cannot disable the feature multiple times.",
        ));
    }
    acct.federation_enabled = false;
    Ok(String::new())
}
