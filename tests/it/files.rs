//! `cpaws files` against the emulator: uploads (SigV4 over a streamed multipart body), list
//! pagination, info, downloads (no overwrite, nothing left behind when interrupted), delete.

use crate::common;

use std::io::{Read, Write};
use std::path::Path;

use common::*;
use cpaws_emulator::state::{Fault, FaultKind, FaultMatch};
use predicates::prelude::*;
use serde_json::Value;
use sha2::{Digest, Sha256};

fn upload(s: &Sandbox, paths: &[&Path]) -> Vec<String> {
    let out = s
        .cmd()
        .args(["files", "upload"])
        .args(paths)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out).lines().map(str::to_string).collect()
}

fn make_downloadable(s: &Sandbox, id: &str) {
    s.emu().update_state(|st| {
        for f in st.files.iter_mut().filter(|f| f.id == id) {
            f.downloadable = true;
        }
    });
}

fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn upload_info_list_and_pagination() {
    let s = Sandbox::with_emulator();
    let a = s.write("a.txt", "hello world\n");
    let b = s.write("b.json", "{\"x\": 1}");
    let ids = upload(&s, &[&a, &b]);
    assert_eq!(ids.len(), 2);
    assert!(ids.iter().all(|i| i.starts_with("file_")), "{ids:?}");
    // The upload was SigV4-signed over the streamed body and carried no beta header.
    let reqs = s.emu().requests();
    let post: Vec<_> = reqs
        .iter()
        .filter(|r| r.method == "POST" && r.path == "/v1/files")
        .collect();
    assert_eq!(post.len(), 2);
    for r in &post {
        assert_eq!(r.status, 200);
        assert!(
            r.headers
                .iter()
                .any(|(k, v)| k == "authorization" && v.starts_with("AWS4"))
        );
        assert!(!r.headers.iter().any(|(k, _)| k == "anthropic-beta"));
    }

    let (code, v) = run_json(s.cmd().args(["files", "info", &ids[0], "--json"]));
    assert_eq!(code, 0);
    assert_eq!(v["filename"], "a.txt");
    assert_eq!(v["mime_type"], "text/plain");
    assert_eq!(v["size_bytes"], 12);
    assert_eq!(v["downloadable"], false);

    // Three more; then pages of two.
    let c = s.write("c.md", "# c");
    let d = s.write("d.csv", "1,2");
    let e = s.write("e.bin", "x");
    let more = upload(&s, &[&c, &d, &e]);
    assert_eq!(more.len(), 3);
    let (_, p1) = run_json(s.cmd().args(["files", "list", "--limit", "2", "--json"]));
    assert_eq!(p1["data"].as_array().unwrap().len(), 2);
    assert_eq!(p1["has_more"], true);
    let last = p1["last_id"].as_str().unwrap().to_string();
    let (_, p2) = run_json(
        s.cmd()
            .args(["files", "list", "--limit", "2", "--after", &last, "--json"]),
    );
    assert_eq!(p2["data"].as_array().unwrap().len(), 2);
    assert_ne!(p2["data"][0]["id"], p1["data"][0]["id"]);
    let (_, all) = run_json(
        s.cmd()
            .args(["files", "list", "--limit", "2", "--all", "--json"]),
    );
    let all_ids: Vec<&str> = all["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(all_ids.len(), 5, "{all:#}");
    for id in ids.iter().chain(more.iter()) {
        assert!(all_ids.contains(&id.as_str()));
    }
    // --all followed the cursor: three requests with after_id.
    let list_reqs = s
        .emu()
        .requests()
        .into_iter()
        .filter(|r| r.path.starts_with("/v1/files?limit=2"))
        .count();
    assert!(list_reqs >= 5);
    // Human table.
    let out = s.cmd().args(["files", "list"]).output().unwrap();
    let t = stdout(&out);
    assert!(t.starts_with("ID"), "{t}");
    assert!(t.contains("DOWNLOADABLE") && t.contains("a.txt") && t.contains("text/markdown"));
}

#[test]
fn beta_header_is_configurable() {
    let mut s = Sandbox::with_emulator();
    let a = s.write("a.txt", "x");
    s.cmd()
        .args(["files", "--beta", "files-api-2025-04-14", "upload"])
        .arg(&a)
        .assert()
        .success();
    s.set("CPAWS_FILES_BETA", "files-api-2025-04-14");
    s.cmd().args(["files", "list"]).assert().success();
    let reqs = s.emu().requests();
    let with_beta = reqs
        .iter()
        .filter(|r| {
            r.path.starts_with("/v1/files")
                && r.headers
                    .iter()
                    .any(|(k, v)| k == "anthropic-beta" && v == "files-api-2025-04-14")
        })
        .count();
    assert_eq!(with_beta, 2, "{reqs:?}");
}

#[test]
fn bad_uploads_are_refused_before_sending() {
    let s = Sandbox::with_emulator();
    let ok = s.write("ok.txt", "fine");
    let dir = s.path("adir");
    std::fs::create_dir_all(&dir).unwrap();
    let big = s.path("big.bin");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(500 * 1024 * 1024 + 1)
        .unwrap(); // sparse
    let missing = s.path("missing.txt");
    s.cmd()
        .args(["files", "upload"])
        .arg(&ok)
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
    s.cmd()
        .args(["files", "upload"])
        .arg(&ok)
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read"));
    let (code, v) = run_json(
        s.cmd()
            .args(["files", "upload", "--json"])
            .arg(&ok)
            .arg(&big),
    );
    assert_eq!(code, 4);
    assert_eq!(v["error"]["code"], "files.too_large");
    // Nothing was sent, not even the good file.
    assert!(
        !s.emu()
            .requests()
            .iter()
            .any(|r| r.path.starts_with("/v1/files"))
    );
}

#[test]
fn missing_permission_and_not_found_are_diagnosed() {
    let s = Sandbox::with_emulator();
    let (code, v) = run_json(s.cmd().args(["files", "info", "file_011CNOPE", "--json"]));
    assert_eq!(code, 4);
    assert_eq!(v["error"]["code"], "not_found");
    s.emu().update_state(|st| {
        st.accounts[0].users[0].attached_policies.clear();
    });
    let a = s.write("a.txt", "x");
    let (code, v) = run_json(s.cmd().args(["files", "upload", "--json"]).arg(&a));
    assert_eq!(code, 4, "{v:#}");
    assert_eq!(v["error"]["code"], "missing_action");
    assert!(
        v["error"]["fix"]
            .as_str()
            .unwrap()
            .contains("--intent files")
    );
}

#[test]
fn download_rules() {
    let s = Sandbox::with_emulator();
    let src = s.write("src/report.txt", "the report\n");
    let id = upload(&s, &[&src]).remove(0);
    // Uploaded files are not downloadable.
    let (code, v) = run_json(s.cmd().args(["files", "download", &id, "--json"]));
    assert_eq!(code, 4);
    assert_eq!(v["error"]["code"], "files.not_downloadable");
    make_downloadable(&s, &id);
    // Default path: the file's name in the current directory.
    s.cmd().args(["files", "download", &id]).assert().success();
    assert_eq!(
        std::fs::read_to_string(s.path("report.txt")).unwrap(),
        "the report\n"
    );
    // Never overwritten without --force.
    std::fs::write(s.path("report.txt"), "mine").unwrap();
    s.cmd()
        .args(["files", "download", &id])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--force"));
    assert_eq!(
        std::fs::read_to_string(s.path("report.txt")).unwrap(),
        "mine"
    );
    s.cmd()
        .args(["files", "download", &id, "--force"])
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(s.path("report.txt")).unwrap(),
        "the report\n"
    );
    // -o DIR, -o PATH, -o -.
    let out_dir = s.path("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    s.cmd()
        .args(["files", "download", &id, "-o"])
        .arg(&out_dir)
        .assert()
        .success();
    assert!(out_dir.join("report.txt").exists());
    s.cmd()
        .args(["files", "download", &id, "-o", "-"])
        .assert()
        .success()
        .stdout("the report\n");
    assert_eq!(entries(&out_dir), vec!["report.txt"]);
}

#[test]
fn interrupted_download_leaves_nothing() {
    let s = Sandbox::with_emulator();
    let body: String = "0123456789abcdef".repeat(64 * 1024); // 1 MiB
    let src = s.write("big.txt", &body);
    let id = upload(&s, &[&src]).remove(0);
    make_downloadable(&s, &id);
    let path = format!("/v1/files/{id}/content");
    s.emu().update_state(|st| {
        st.faults.push(Fault {
            matcher: FaultMatch {
                path_prefix: Some(path.clone()),
                ..FaultMatch::default()
            },
            times: Some(1),
            kind: FaultKind::DropStream,
            after_events: Some(300_000),
            ..Fault::default()
        })
    });
    let out_dir = s.path("dl");
    std::fs::create_dir_all(&out_dir).unwrap();
    let (code, v) = run_json(
        s.cmd()
            .args(["files", "download", &id, "--json", "-o"])
            .arg(out_dir.join("big.txt")),
    );
    assert_eq!(code, 5, "{v:#}");
    assert_eq!(v["error"]["code"], "files.download_interrupted");
    assert!(entries(&out_dir).is_empty(), "{:?}", entries(&out_dir));
    // The next try works.
    s.cmd()
        .args(["files", "download", &id, "-o"])
        .arg(out_dir.join("big.txt"))
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(out_dir.join("big.txt")).unwrap(),
        body
    );
    assert_eq!(entries(&out_dir), vec!["big.txt"]);
}

#[test]
fn delete_needs_confirmation() {
    let s = Sandbox::with_emulator();
    let a = s.write("a.txt", "x");
    let b = s.write("b.txt", "y");
    let ids = upload(&s, &[&a, &b]);
    s.cmd()
        .args(["files", "delete"])
        .args(&ids)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    assert_eq!(s.emu().state().files.len(), 2);
    let (code, v) = run_json(
        s.cmd()
            .args(["--yes", "files", "delete", "--json"])
            .args(&ids),
    );
    assert_eq!(code, 0);
    assert_eq!(v["deleted"].as_array().unwrap().len(), 2);
    assert!(s.emu().state().files.is_empty());
}

/// Deterministic pseudo-random bytes, written 1 MiB at a time (never the whole file in memory).
fn generate(path: &Path, size: u64) -> String {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut h = Sha256::new();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut buf = vec![0u8; 1 << 20];
    let mut left = size;
    while left > 0 {
        for chunk in buf.chunks_mut(8) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            chunk.copy_from_slice(&x.to_le_bytes()[..chunk.len()]);
        }
        let n = left.min(buf.len() as u64) as usize;
        f.write_all(&buf[..n]).unwrap();
        h.update(&buf[..n]);
        left -= n as u64;
    }
    f.flush().unwrap();
    hex(&h.finalize())
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn sha256_file(path: &Path) -> String {
    let mut f = std::fs::File::open(path).unwrap();
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    hex(&h.finalize())
}

/// Run cpaws and return (output, peak RSS in KiB).
fn run_measured(s: &Sandbox, args: &[&str]) -> (std::process::Output, u64) {
    let mut inner = s.std_cmd();
    inner.env("AWS_MAX_ATTEMPTS", "1").args(args);
    common::run_with_peak_rss(&inner)
}

/// A 200 MB upload and download with bounded memory: the file is hashed and sent streaming, and
/// received streaming into a temporary file.
#[test]
fn round_trip_200mb_with_bounded_memory() {
    let s = Sandbox::with_emulator();
    let size: u64 = 200 * 1000 * 1000;
    let src = s.path("big.bin");
    let want = generate(&src, size);
    let src_s = src.to_string_lossy().into_owned();
    let (out, up_rss) = run_measured(&s, &["files", "upload", "--json", &src_s]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = v["files"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(v["files"][0]["size_bytes"], size);
    std::fs::remove_file(&src).unwrap();
    make_downloadable(&s, &id);
    let dst = s.path("back.bin");
    let dst_s = dst.to_string_lossy().into_owned();
    let (out, down_rss) = run_measured(&s, &["files", "download", &id, "-o", &dst_s]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::metadata(&dst).unwrap().len(), size);
    assert_eq!(sha256_file(&dst), want);
    std::fs::remove_file(&dst).unwrap();
    eprintln!("peak RSS: upload {up_rss} KiB, download {down_rss} KiB");
    assert!(up_rss < 64 * 1024, "upload peak RSS {up_rss} KiB");
    assert!(down_rss < 64 * 1024, "download peak RSS {down_rss} KiB");
}
