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

/// A server configuration with a leaf for 127.0.0.1 signed by a fresh CA (returned as PEM),
/// offering `alpn`.
fn test_pki(alpn: &[&[u8]]) -> (rustls::ServerConfig, String) {
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
    cfg.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    (cfg, ca_cert.pem())
}

/// A one-worker runtime and a listener on a free port of 127.0.0.1.
fn listen() -> (tokio::runtime::Runtime, tokio::net::TcpListener, u16) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    (rt, listener, port)
}

/// A TLS-terminating front for `upstream` (host:port), with a leaf for 127.0.0.1 signed by a fresh CA.
fn tls_front(upstream: String) -> TlsFront {
    let (cfg, ca_pem) = test_pki(&[b"http/1.1"]);
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(cfg));

    let (rt, listener, port) = listen();
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
        ca_pem,
        _rt: rt,
    }
}

fn https_sandbox() -> (Sandbox, TlsFront) {
    let mut sb = Sandbox::with_emulator();
    let front = tls_front(format!("127.0.0.1:{}", sb.emu().port()));
    behind_front(&mut sb, front.port);
    (sb, front)
}

/// The gateway is reached at `https://127.0.0.1:port`.
fn behind_front(sb: &mut Sandbox, port: u16) {
    sb.set(
        "ANTHROPIC_AWS_BASE_URL",
        &format!("https://127.0.0.1:{port}"),
    );
}

/// The test CA, written to a file named by `var` (AWS_CA_BUNDLE or SSL_CERT_FILE).
fn trust(sb: &mut Sandbox, var: &str, ca_pem: &str) {
    let ca = sb.write("corp-ca.pem", ca_pem);
    sb.set(var, ca.to_str().unwrap());
}

#[test]
fn https_gateway_works_with_the_ca_in_aws_ca_bundle() {
    let (mut sb, front) = https_sandbox();
    trust(&mut sb, "AWS_CA_BUNDLE", &front.ca_pem);
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
    assert_signed_for_the_front(sb, front.port);
}

/// The last request reached the gateway, answered 200, with the front's host (signed: the Host
/// header is part of the SigV4 signature the emulator verified).
fn assert_signed_for_the_front(sb: &Sandbox, port: u16) {
    let reqs = sb.emu().requests();
    let last = reqs.last().expect("the request reached the gateway");
    assert_eq!(last.path, "/v1/messages");
    assert_eq!(last.status, 200);
    let host = last
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("host"))
        .map(|(_, v)| v.as_str());
    assert_eq!(host, Some(format!("127.0.0.1:{port}").as_str()));
}

#[test]
fn https_gateway_works_with_the_ca_in_ssl_cert_file() {
    let (mut sb, front) = https_sandbox();
    trust(&mut sb, "SSL_CERT_FILE", &front.ca_pem);
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
    trust(&mut sb, "AWS_CA_BUNDLE", &front.ca_pem);
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
    trust(&mut sb, "AWS_CA_BUNDLE", &front.ca_pem);
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

/// An HTTP/2 front (TLS offering only `h2`, as a service may prefer) for the emulator on
/// 127.0.0.1:`upstream`: each request is relayed over HTTP/1.1 with its `:authority` as the Host
/// the client signed, the answer streamed back.
struct H2Front {
    port: u16,
    /// TLS connections accepted.
    connections: Arc<AtomicUsize>,
    /// Requests that arrived over HTTP/2.
    h2_requests: Arc<AtomicUsize>,
    ca_pem: String,
    _rt: tokio::runtime::Runtime,
}

fn h2_front(upstream: u16) -> H2Front {
    use hyper_util::rt::{TokioExecutor, TokioIo};
    let (cfg, ca_pem) = test_pki(&[b"h2"]);
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(cfg));
    let (rt, listener, port) = listen();
    let connections = Arc::new(AtomicUsize::new(0));
    let h2_requests = Arc::new(AtomicUsize::new(0));
    let (accepted, counted) = (connections.clone(), h2_requests.clone());
    let _guard = rt.enter();
    let client: hyper_util::client::legacy::Client<_, hyper::body::Incoming> =
        hyper_util::client::legacy::Client::builder(TokioExecutor::new()).build_http();
    rt.spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            accepted.fetch_add(1, Ordering::SeqCst);
            let (acceptor, client, counted) = (acceptor.clone(), client.clone(), counted.clone());
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let svc = hyper::service::service_fn(
                    move |mut req: hyper::Request<hyper::body::Incoming>| {
                        if req.version() == hyper::Version::HTTP_2 {
                            counted.fetch_add(1, Ordering::SeqCst);
                        }
                        let client = client.clone();
                        async move {
                            let authority = req.uri().authority().unwrap().to_string();
                            let path = req.uri().path_and_query().unwrap().as_str().to_string();
                            *req.uri_mut() = format!("http://127.0.0.1:{upstream}{path}")
                                .parse()
                                .unwrap();
                            *req.version_mut() = hyper::Version::HTTP_11;
                            req.headers_mut()
                                .insert(hyper::header::HOST, authority.parse().unwrap());
                            client.request(req).await
                        }
                    },
                );
                let _ = hyper::server::conn::http2::Builder::new(TokioExecutor::new())
                    .serve_connection(TokioIo::new(tls), svc)
                    .await;
            });
        }
    });
    H2Front {
        port,
        connections,
        h2_requests,
        ca_pem,
        _rt: rt,
    }
}

/// A service that speaks HTTP/2: every command's client and the proxy's negotiate it (ALPN), sign
/// for the host the service sees, and stream through it; the proxy's requests share one connection.
#[test]
fn http2_is_spoken_when_the_service_offers_it() {
    use common::proxy::{Proxy, post_message};
    let mut sb = Sandbox::with_emulator();
    let front = h2_front(sb.emu().port());
    behind_front(&mut sb, front.port);
    trust(&mut sb, "AWS_CA_BUNDLE", &front.ca_pem);
    sb.cmd()
        .args(["chat", "--raw", "--no-save", "hello over h2"])
        .assert()
        .success()
        .stdout("You said: hello over h2\n");
    assert!(front.h2_requests.load(Ordering::SeqCst) >= 1);

    let p = Proxy::start(&sb, &[]);
    let token = p.token.clone();
    let (conns, reqs) = (
        front.connections.load(Ordering::SeqCst),
        front.h2_requests.load(Ordering::SeqCst),
    );
    for stream in [false, true, true] {
        let a = post_message(&p, stream, ("x-api-key", &token));
        assert_eq!(a.status, 200, "{}", a.text());
        if stream {
            assert!(a.text().contains("event: message_stop"), "{}", a.text());
        }
    }
    assert_eq!(front.h2_requests.load(Ordering::SeqCst), reqs + 3);
    assert_eq!(
        front.connections.load(Ordering::SeqCst),
        conns + 1,
        "the proxy's requests share one HTTP/2 connection"
    );
    assert_signed_for_the_front(&sb, front.port);
}
