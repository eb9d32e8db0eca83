//! TLS for the gateway client, built so that loading the trust store costs no time to first token.
//!
//! Reading and parsing the system's CA certificates (a 200 KB bundle plus a directory of a few hundred
//! files on Debian) takes several milliseconds: more than everything else cpaws does before a request
//! leaves. So:
//! - a plain-HTTP endpoint with no HTTPS proxy (a local gateway, the emulator) loads no trust store;
//! - an HTTPS endpoint gets a verifier whose trust store loads on a background thread started with the
//!   client, while DNS, the TCP connect and the first TLS round trip happen. Verification waits for it
//!   only when the server's certificate arrives, and it is the same check as before: the platform's
//!   roots (rustls-platform-verifier; honours SSL_CERT_FILE and SSL_CERT_DIR) plus any bundle named by
//!   AWS_CA_BUNDLE or SSL_CERT_FILE.

use std::sync::{Arc, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use rustls_platform_verifier::Verifier;

type Loaded = Result<Verifier, rustls::Error>;

/// The platform verifier, loaded once: by the background thread, or by the handshake if it gets
/// there first (then the handshake waits for the thread's load to finish instead of starting another).
struct Roots {
    provider: Arc<CryptoProvider>,
    extra: Option<ExtraRoots>,
    cell: OnceLock<Loaded>,
}

/// A PEM bundle to trust besides the platform's roots, and where it came from (for errors).
pub struct ExtraRoots {
    pub origin: String,
    pub pem: Vec<u8>,
}

impl Roots {
    fn get(&self) -> &Loaded {
        self.cell.get_or_init(|| match &self.extra {
            None => Verifier::new(self.provider.clone()),
            Some(extra) => {
                use rustls::pki_types::pem::PemObject;
                // Unparsable entries are skipped, as the platform's own roots are; a bundle with
                // no certificate at all was refused when the configuration was read.
                let certs: Vec<CertificateDer<'static>> =
                    CertificateDer::pem_slice_iter(&extra.pem)
                        .filter_map(Result::ok)
                        .collect();
                if certs.is_empty() {
                    return Err(rustls::Error::General(format!(
                        "the CA bundle {} holds no usable certificate",
                        extra.origin
                    )));
                }
                Verifier::new_with_extra_roots(certs, self.provider.clone())
            }
        })
    }
}

/// A server certificate verifier whose trust store is loaded in the background.
pub struct DeferredVerifier {
    roots: Arc<Roots>,
}

impl std::fmt::Debug for DeferredVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeferredVerifier")
            .field(
                "extra_roots",
                &self.roots.extra.as_ref().map(|e| e.origin.as_str()),
            )
            .field("loaded", &self.roots.cell.get().is_some())
            .finish()
    }
}

impl DeferredVerifier {
    /// Starts loading the platform's roots (plus `extra`) on a background thread.
    pub fn start(provider: Arc<CryptoProvider>, extra: Option<ExtraRoots>) -> Self {
        let roots = Arc::new(Roots {
            provider,
            extra,
            cell: OnceLock::new(),
        });
        let bg = roots.clone();
        // If no thread can be started, the first handshake loads the roots itself.
        let _ = std::thread::Builder::new()
            .name("cpaws-tls-roots".into())
            .spawn(move || {
                bg.get();
            });
        DeferredVerifier { roots }
    }
}

impl ServerCertVerifier for DeferredVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self.roots.get() {
            Ok(v) => {
                v.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            }
            Err(e) => Err(e.clone()),
        }
    }

    // Signature checks need no roots: the same algorithms the platform verifier uses.
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.roots.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.roots.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.roots
            .provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// The crypto provider reqwest would pick: an installed process default, else aws-lc-rs.
pub fn provider() -> Arc<CryptoProvider> {
    CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::aws_lc_rs::default_provider()))
}

/// A rustls client configuration for HTTPS endpoints: TLS 1.2 and 1.3, ALPN h2 then http/1.1 (as
/// reqwest sets it), the deferred verifier.
pub fn client_config(
    extra_roots: Option<ExtraRoots>,
) -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = provider();
    let verifier = DeferredVerifier::start(provider.clone(), extra_roots);
    let mut cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    cfg.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(cfg)
}

/// A rustls client configuration that trusts nothing, for a transport whose base URL is plain
/// HTTP (no trust store is loaded for it).
pub fn no_roots_config() -> Result<rustls::ClientConfig, rustls::Error> {
    Ok(rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()?
        .with_root_certificates(rustls::RootCertStore::empty())
        .with_no_client_auth())
}

/// Whether a request to `base_url` can need TLS: an https endpoint, or an HTTPS proxy in the
/// environment (reqwest's system-proxy reads HTTP_PROXY/HTTPS_PROXY/ALL_PROXY, either case).
pub fn needs_tls(base_url: &str, env: impl Fn(&str) -> Option<String>) -> bool {
    let https = |s: &str| {
        s.trim()
            .get(..8)
            .is_some_and(|p| p.eq_ignore_ascii_case("https://"))
    };
    if https(base_url) {
        return true;
    }
    [
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "HTTPS_PROXY",
        "https_proxy",
    ]
    .iter()
    .filter_map(|k| env(k))
    .any(|v| https(&v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_is_needed_for_https_endpoints_and_https_proxies_only() {
        let none = |_: &str| None;
        assert!(needs_tls(
            "https://aws-external-anthropic.us-west-2.api.aws",
            none
        ));
        assert!(needs_tls("HTTPS://example.test", none));
        assert!(!needs_tls("http://127.0.0.1:8080", none));
        let http_proxy = |k: &str| (k == "HTTP_PROXY").then(|| "http://proxy:3128".to_string());
        assert!(!needs_tls("http://127.0.0.1:8080", http_proxy));
        let tls_proxy = |k: &str| (k == "all_proxy").then(|| "https://proxy:3128".to_string());
        assert!(needs_tls("http://127.0.0.1:8080", tls_proxy));
    }

    #[test]
    fn the_trust_store_loads_in_the_background_and_once() {
        let v = DeferredVerifier::start(provider(), None);
        // The handshake path waits for (or does) the load; either way it ends loaded, and the
        // schemes are answered without it.
        assert!(!v.supported_verify_schemes().is_empty());
        let _ = v.roots.get();
        assert!(v.roots.cell.get().is_some());
        let first = v.roots.get() as *const Loaded;
        assert_eq!(first, v.roots.get() as *const Loaded);
    }

    #[test]
    fn a_bundle_without_usable_certificates_fails_the_handshake_naming_it() {
        let v = DeferredVerifier::start(
            provider(),
            Some(ExtraRoots {
                origin: "/tmp/x.pem (from AWS_CA_BUNDLE)".into(),
                pem: b"-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n".to_vec(),
            }),
        );
        let e = v.roots.get().as_ref().err().unwrap().to_string();
        assert!(e.contains("/tmp/x.pem (from AWS_CA_BUNDLE)"), "{e}");
    }

    #[test]
    fn client_config_offers_h2_then_http11() {
        let cfg = client_config(None).unwrap();
        assert_eq!(
            cfg.alpn_protocols,
            vec![b"h2".to_vec(), b"http/1.1".to_vec()]
        );
    }
}
