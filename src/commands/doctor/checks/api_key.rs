//! The `api-key` check.

use crate::commands::doctor::*;

impl Doctor<'_> {
    pub(in crate::commands::doctor) fn check_api_key(&self) -> CheckResult {
        if let Some(s) = self.skipped("api-key") {
            return s;
        }
        let Some(key) = self
            .settings
            .api_key
            .as_ref()
            .filter(|_| self.settings.auth_mode() == AuthMode::ApiKey)
        else {
            return CheckResult::skip("api-key", "no API key in use");
        };
        let k = key.value.expose();
        // What the key looks like is a hint (warn), never a refusal: the probe sends it and the
        // service's answer decides.
        match apikey::classify(k) {
            KeyKind::FirstParty => CheckResult::warn("api-key", format!("the key from {} is a first-party Claude Console key (sk-ant-…): Claude Platform on AWS does not accept it", key.source))
                .fix("use a key from the AWS Console (Claude Platform on AWS → API keys) or `cpaws keys create`; put it in ANTHROPIC_AWS_API_KEY")
                .code("first_party_key"),
            KeyKind::Bedrock => CheckResult::warn("api-key", format!("the key from {} is an Amazon Bedrock API key: it does not work here", key.source))
                .fix("create a Claude Platform on AWS key (`cpaws keys create`, or the AWS Console)")
                .code("bedrock_key"),
            KeyKind::LongTerm => CheckResult::pass("api-key", format!("a long-term key (IAM service-specific credential) from {}; its principal needs aws-external-anthropic:CallWithBearerToken", key.source))
                .data(json!({"kind": "long_term"})),
            KeyKind::ShortTerm => match apikey::decode_short_term(k) {
                Err(e) => CheckResult::warn("api-key", format!("the short-term key cannot be decoded: {e}")).fix("copy the whole key again, or mint a new one: `cpaws keys create`").code("api_key_malformed"),
                Ok(info) => {
                    let data = json!({"kind": "short_term", "short_term": info});
                    let now = SystemTime::now();
                    if info.expired_at(now) {
                        return CheckResult::warn("api-key", format!("the short-term key (access key {}) expired at {}", info.access_key_id, info.expires_at))
                            .fix("mint a new one: `cpaws keys create` (keys last at most 12 hours, and no longer than the credentials that made them)")
                            .code("api_key_expired")
                            .data(data);
                    }
                    if let Some(r) = &self.settings.region
                        && r.value != info.region
                    {
                        return CheckResult::warn("api-key", format!("the short-term key is for {} but requests go to {}: keys work in one region only", info.region, r.value))
                            .fix(format!("mint a key for {0}: `cpaws --region {0} keys create`, or set AWS_REGION={1}", r.value, info.region))
                            .code("api_key_wrong_region")
                            .data(data);
                    }
                    let left = (info.expires_at - time::OffsetDateTime::from(now)).whole_minutes();
                    let msg = format!("short-term key for {} (access key {}), expires {} ({left} min left)", info.region, info.access_key_id, info.expires_at);
                    if left < 15 {
                        CheckResult::warn("api-key", msg).fix("mint a fresh one soon: `cpaws keys create`").data(data)
                    } else {
                        CheckResult::pass("api-key", msg).data(data)
                    }
                }
            },
        }
    }
}
