"""What the benchmark scripts share: starting the emulator, measuring a command's peak memory,
writing a section of docs/benchmarks.md.

Peak resident memory of a command, measured right:

`ru_maxrss` from `os.wait4` on a child that Python started is wrong for anything smaller than the
Python process: the child is forked (or vforked) from Python, and the kernel carries the pre-exec
resident size (Python's) into the child's high-water mark. GNU time forks the command from a ~1 MiB
process, so its `%M` is the command's own peak. Without GNU time there is no figure (None).
"""
import os, re, shlex, shutil, subprocess, sys, tempfile

GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else shutil.which("gtime")


def wrap(argv):
    """argv run under GNU time; returns (argv, report path) or (argv, None) without GNU time."""
    if not GNU_TIME:
        return list(argv), None
    fd, path = tempfile.mkstemp(prefix="cpaws-rss-")
    os.close(fd)
    return [GNU_TIME, "-f", "%M", "-o", path, "--"] + list(argv), path


def read(path):
    """The peak RSS in MiB from a report written by `wrap`'s command (None without one)."""
    if path is None:
        return None
    try:
        with open(path) as f:
            lines = [l.strip() for l in f if l.strip()]
        return int(lines[-1]) / 1024.0
    except (OSError, ValueError, IndexError):
        return None
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass


def start_emulator(path):
    """Start the emulator on a free port; returns (process, base URL, the environment it prints)."""
    p = subprocess.Popen([path, "--port", "0", "--print-env"], stdout=subprocess.PIPE, text=True)
    url, env = None, {}
    while True:
        line = p.stdout.readline()
        if not line:
            p.kill()
            sys.exit("the emulator did not start")
        line = line.strip()
        if line.startswith("CPAWS_EMULATOR_URL="):
            url = line.split("=", 1)[1]
        elif line.startswith("export "):
            k, _, v = line[len("export "):].partition("=")
            env[k] = shlex.split(v)[0] if v else ""
            if k == "AWS_EC2_METADATA_DISABLED":
                return p, url, env


def write_section(path, title, body):
    """Replace (or append) the section `## title` of the Markdown file at `path` with `body`."""
    text = open(path).read() if os.path.exists(path) else "# Benchmarks\n"
    section = f"## {title}\n\n" + body
    if f"## {title}\n" in text:
        text = re.sub(rf"## {re.escape(title)}\n.*?(?=\n## |\Z)", lambda _: section, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    open(path, "w").write(text)


def client_env(tmp, emu_env):
    """A hermetic environment for cpaws against the emulator: HOME and the AWS config files in
    `tmp` (created), no retries, no colour, plus what the emulator printed."""
    home = os.path.join(tmp, "home")
    os.makedirs(home, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", ""), "HOME": home,
        "AWS_CONFIG_FILE": os.path.join(home, "c"), "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, "k"),
        "AWS_MAX_ATTEMPTS": "1", "NO_COLOR": "1",
    }
    env.update(emu_env)
    return env


def short_term_key(cpaws, env):
    """A short-term API key minted by `cpaws keys create` (for curl's x-api-key)."""
    return subprocess.run([cpaws, "keys", "create"], env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


def curl_headers(key, env):
    """curl's arguments for the emulator's gateway with an API key."""
    return ["-H", f"x-api-key: {key}", "-H", "anthropic-version: 2023-06-01",
            "-H", f"anthropic-workspace-id: {env['ANTHROPIC_AWS_WORKSPACE_ID']}"]


def stop(emu, tmp):
    """Stop the emulator and remove the scratch directory."""
    emu.kill()
    emu.wait()
    shutil.rmtree(tmp, ignore_errors=True)


class TlsFront:
    """HTTPS in front of the emulator, as the real service is always reached: a TLS-terminating
    relay on 127.0.0.1 with a leaf certificate for 127.0.0.1 signed by a throwaway CA (made with the
    `openssl` command). `ca` is the CA's PEM file (give it to cpaws as AWS_CA_BUNDLE), `url` the
    HTTPS base URL. One thread per direction per connection; `close()` stops accepting."""

    def __init__(self, upstream_port):
        import socket, ssl, threading
        self.dir = tempfile.mkdtemp(prefix="cpaws-tls-")
        d = self.dir
        run = lambda *a: subprocess.run(a, cwd=d, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=cpaws bench CA",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign")
        run("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=127.0.0.1")
        with open(os.path.join(d, "ext"), "w") as f:
            f.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
        run("openssl", "x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "leaf.pem", "-days", "2", "-extfile", "ext")
        self.ca = os.path.join(d, "ca.pem")
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(os.path.join(d, "leaf.pem"), os.path.join(d, "leaf.key"))
        ctx.set_alpn_protocols(["http/1.1"])
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"https://127.0.0.1:{self.sock.getsockname()[1]}"

        def pump(src, dst):
            try:
                while True:
                    b = src.recv(1 << 16)
                    if not b:
                        break
                    dst.sendall(b)
            except OSError:
                pass
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        def serve(conn):
            try:
                tls = ctx.wrap_socket(conn, server_side=True)
                up = socket.create_connection(("127.0.0.1", upstream_port))
            except OSError:
                conn.close()
                return
            for s in (tls, up):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=pump, args=(up, tls), daemon=True).start()
            pump(tls, up)

        def accept():
            while True:
                try:
                    conn, _ = self.sock.accept()
                except OSError:
                    return
                threading.Thread(target=serve, args=(conn,), daemon=True).start()

        threading.Thread(target=accept, daemon=True).start()

    def close(self):
        self.sock.close()
        shutil.rmtree(self.dir, ignore_errors=True)
