//! HTTPS to the gateway: a TLS front on 127.0.0.1 (a certificate from a test CA, as a network that
//! re-signs TLS traffic would present) forwards to the emulator. With the CA in AWS_CA_BUNDLE or
//! SSL_CERT_FILE, cpaws works; without it, the refusal goes through the diagnosis table.

use crate::common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{Sandbox, run_json};
use predicates::prelude::*;

struct TlsFront {
    port: u16,
    /// TLS handshakes started (connections accepted).
    connections: Arc<AtomicUsize>,
    /// TLS handshakes completed: the client trusted the certificate and spoke TLS.
    handshakes: Arc<AtomicUsize>,
    ca_pem: String,
    _rt: tokio::runtime::Runtime,
}

/// A TLS-terminating front for `upstream` (host:port), with a leaf for 127.0.0.1 signed by a fresh CA.
fn tls_front(upstream: String) -> TlsFront {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "cpaws test CA");
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&leaf_key, &issuer)
        .unwrap();

    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![leaf.der().clone(), ca_cert.der().clone()],
            rustls::pki_types::PrivateKeyDer::try_from(leaf_key.serialize_der()).unwrap(),
        )
        .unwrap();
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(cfg));

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = connections.clone();
    let handshakes = Arc::new(AtomicUsize::new(0));
    let completed = handshakes.clone();
    rt.spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            let acceptor = acceptor.clone();
            let upstream = upstream.clone();
            let completed = completed.clone();
            tokio::spawn(async move {
                // A refused handshake (the client did not trust us) just ends this connection.
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                completed.fetch_add(1, Ordering::SeqCst);
                if let Ok(mut up) = tokio::net::TcpStream::connect(upstream).await {
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut up).await;
                }
            });
        }
    });
    TlsFront {
        port,
        connections,
        handshakes,
        ca_pem: ca_cert.pem(),
        _rt: rt,
    }
}

fn https_sandbox() -> (Sandbox, TlsFront) {
    let mut sb = Sandbox::with_emulator();
    let front = tls_front(format!("127.0.0.1:{}", sb.emu().port()));
    sb.set(
        "ANTHROPIC_AWS_BASE_URL",
        &format!("https://127.0.0.1:{}", front.port),
    );
    (sb, front)
}

#[test]
fn https_gateway_works_with_the_ca_in_aws_ca_bundle() {
    let (mut sb, front) = https_sandbox();
    let ca = sb.write("corp-ca.pem", &front.ca_pem);
    sb.set("AWS_CA_BUNDLE", ca.to_str().unwrap());
    sb.cmd()
        .args(["chat", "--raw", "--no-save", "hello over tls"])
        .assert()
        .success()
        .stdout("You said: hello over tls\n");
    assert_went_through_tls(&sb, &front);
}

/// The request was made over TLS: the front completed a handshake (cpaws trusted the test CA and spoke
/// TLS, not plain HTTP to a port that happens to answer), and the gateway saw the front's host, signed
/// (the Host header is part of the SigV4 signature, so the emulator verified it for that host).
fn assert_went_through_tls(sb: &Sandbox, front: &TlsFront) {
    assert!(
        front.handshakes.load(Ordering::SeqCst) >= 1,
        "no TLS handshake completed"
    );
    let reqs = sb.emu().requests();
    let last = reqs.last().expect("the request reached the gateway");
    assert_eq!(last.path, "/v1/messages");
    assert_eq!(last.status, 200);
    let host = last
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("host"))
        .map(|(_, v)| v.as_str());
    assert_eq!(host, Some(format!("127.0.0.1:{}", front.port).as_str()));
}

#[test]
fn https_gateway_works_with_the_ca_in_ssl_cert_file() {
    let (mut sb, front) = https_sandbox();
    let ca = sb.write("corp-ca.pem", &front.ca_pem);
    sb.set("SSL_CERT_FILE", ca.to_str().unwrap());
    sb.cmd()
        .args(["chat", "--raw", "--no-save", "hi"])
        .assert()
        .success()
        .stdout("You said: hi\n");
    assert_went_through_tls(&sb, &front);
}

#[test]
fn an_untrusted_certificate_is_diagnosed_with_the_fix() {
    let (sb, front) = https_sandbox();
    sb.cmd()
        .args(["chat", "--raw", "--no-save", "hi"])
        .assert()
        .code(5)
        .stdout("")
        .stderr(predicate::str::contains("TLS certificate is not trusted"))
        .stderr(predicate::str::contains("AWS_CA_BUNDLE"));
    assert!(
        sb.emu().requests().is_empty(),
        "nothing reached the gateway through an untrusted connection"
    );
    // Not retried: the certificate will not become trusted in a second.
    assert_eq!(front.connections.load(Ordering::SeqCst), 1);
    assert_eq!(front.handshakes.load(Ordering::SeqCst), 0);
    let (code, v) = run_json(sb.cmd().args(["status", "--json"]));
    assert_ne!(code, 0);
    assert!(
        common::codes(&v, "problems").contains(&"tls_untrusted".to_string()),
        "{v}"
    );
    // doctor names it on the probe, with the fix.
    let (code, v) = run_json(sb.cmd().args(["doctor", "--json"]));
    assert_ne!(code, 0);
    let probe = v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "probe")
        .unwrap();
    assert_eq!(probe["code"], "tls_untrusted", "{probe}");
    assert!(
        probe["fix"].as_str().unwrap().contains("AWS_CA_BUNDLE"),
        "{probe}"
    );
}

#[test]
fn a_certificate_for_another_name_is_refused() {
    let (mut sb, front) = https_sandbox();
    let ca = sb.write("corp-ca.pem", &front.ca_pem);
    sb.set("AWS_CA_BUNDLE", ca.to_str().unwrap());
    // localhost reaches the same listener, but the certificate names 127.0.0.1 only.
    sb.set(
        "ANTHROPIC_AWS_BASE_URL",
        &format!("https://localhost:{}", front.port),
    );
    sb.cmd()
        .args(["chat", "--raw", "--no-save", "hi"])
        .assert()
        .code(5)
        .stderr(
            predicate::str::contains("not valid for name")
                .or(predicate::str::contains("NotValidForName")),
        );
}

/// `cpaws proxy` forwards over HTTPS with the same trust as every other command (its own
/// transport, see src/api/upstream.rs): a plain and a streamed message reach the gateway through
/// the TLS front, signed for the front's host.
#[test]
fn the_proxy_forwards_over_https_with_the_ca_in_aws_ca_bundle() {
    use common::proxy::{Proxy, post_message};
    let (mut sb, front) = https_sandbox();
    let ca = sb.write("corp-ca.pem", &front.ca_pem);
    sb.set("AWS_CA_BUNDLE", ca.to_str().unwrap());
    let p = Proxy::start(&sb, &[]);
    let token = p.token.clone();
    let plain = post_message(&p, false, ("x-api-key", &token));
    assert_eq!(plain.status, 200, "{}", plain.text());
    assert_eq!(plain.json()["type"], "message");
    let streamed = post_message(&p, true, ("x-api-key", &token));
    assert_eq!(streamed.status, 200, "{}", streamed.text());
    assert!(streamed.text().contains("event: message_stop"));
    assert_went_through_tls(&sb, &front);
}

/// Through the proxy, an untrusted certificate is a 502 for the client and the diagnosis (with
/// the fix) on the proxy's stderr; nothing reaches the gateway.
#[test]
fn the_proxy_explains_an_untrusted_certificate() {
    use common::proxy::{Proxy, post_message};
    let (sb, front) = https_sandbox();
    let mut p = Proxy::start(&sb, &[]);
    let token = p.token.clone();
    let a = post_message(&p, false, ("x-api-key", &token));
    assert_eq!(a.status, 502, "{}", a.text());
    assert!(a.text().contains("not trusted"), "{}", a.text());
    let line = p.wait_for("POST /v1/messages 502");
    let log = p.stderr_so_far();
    assert!(
        log.contains("AWS_CA_BUNDLE"),
        "the fix is on stderr: {line}\n{log}"
    );
    assert!(sb.emu().requests().is_empty());
    assert_eq!(front.handshakes.load(Ordering::SeqCst), 0);
}
