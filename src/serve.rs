//! A dossier on disk → a live local site: builds in memory, serves the last
//! good build over HTTP on loopback, watches site.toml, content/, templates/
//! and static/, rebuilds on change (articles whose file did not change keep
//! their annotations) and tells open pages to reload. A failed rebuild keeps
//! the last good site and shows the errors over every page. Nothing is
//! written to disk; the script that reloads pages is added to served pages
//! only, never to `build` output.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use walkdir::WalkDir;

use crate::render::escape;
use crate::site::output::SiteFiles;
use crate::AnnotationCache;

/// Where pages listen for reload messages.
const LIVE_PATH: &str = "/__dossier/live";

/// How often the watcher looks at the files, and how long they must stay
/// unchanged before a rebuild.
const POLL: Duration = Duration::from_millis(100);
const SETTLE: Duration = Duration::from_millis(60);

/// What `serve` needs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The dossier root.
    pub root: PathBuf,
    /// Address to bind (loopback by default).
    pub bind: String,
    /// Port; 0 picks a free one.
    pub port: u16,
    /// Open the site in a browser.
    pub open: bool,
}

/// The site being served.
struct Live {
    files: Arc<SiteFiles>,
    base_path: String,
    /// The last build's errors, shown over every page until a build succeeds.
    error: Option<String>,
    /// Bumped on every rebuild, successful or not.
    generation: u64,
}

type Shared = Arc<Mutex<Live>>;

/// Serves until the process is stopped; returns the exit code.
pub fn run(options: ServeOptions) -> i32 {
    let listener = match TcpListener::bind((options.bind.as_str(), options.port)) {
        Ok(listener) => listener,
        Err(err) => {
            eprintln!(
                "error: cannot listen on {}:{}: {err}",
                options.bind, options.port
            );
            return 1;
        }
    };
    let mut cache = AnnotationCache::default();
    let live: Shared = Arc::new(Mutex::new(Live {
        files: Arc::new(SiteFiles::default()),
        base_path: "/".into(),
        error: None,
        generation: 0,
    }));
    rebuild(&options.root, &mut cache, &live);
    let address = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    let base = live.lock().map(|l| l.base_path.clone()).unwrap_or_default();
    let url = format!("http://{address}{base}");
    eprintln!("serving {url} (Ctrl-C to stop)");
    if options.open {
        open_browser(&url);
    }
    let watched = Arc::clone(&live);
    let root = options.root.clone();
    thread::spawn(move || watch(&root, cache, &watched));
    for stream in listener.incoming().flatten() {
        let live = Arc::clone(&live);
        thread::spawn(move || {
            let _ = handle(stream, &live);
        });
    }
    0
}

/// Builds in memory and swaps the result in, or records the errors.
fn rebuild(root: &Path, cache: &mut AnnotationCache, live: &Shared) {
    let started = Instant::now();
    let result = crate::assemble(root, Some("/"), cache, false);
    let Ok(mut state) = live.lock() else { return };
    state.generation += 1;
    match result {
        Ok(built) => {
            if !built.report.warnings.is_empty() {
                eprint!("{}", built.report.warnings.with_sources(root));
            }
            eprintln!(
                "built {} articles: {} files in {} ms",
                built.report.articles,
                built.files.len(),
                started.elapsed().as_millis()
            );
            state.files = Arc::new(built.files);
            state.base_path = built.base_path;
            state.error = None;
        }
        Err(problems) => {
            let text = problems.with_sources(root);
            eprint!("{text}");
            eprintln!("error: the rebuild failed; still serving the last good site");
            state.error = Some(text);
        }
    }
}

/// Size and modification time of every watched file.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, (u64, Option<SystemTime>)> {
    let mut files = BTreeMap::new();
    let watched = ["site.toml", "content", "templates", "static"];
    for entry in watched
        .iter()
        .flat_map(|w| WalkDir::new(root.join(w)).follow_links(true))
        .flatten()
    {
        if let Ok(meta) = entry.metadata() {
            files.insert(entry.into_path(), (meta.len(), meta.modified().ok()));
        }
    }
    files
}

/// Rebuilds whenever the watched files change and then stay still for a moment.
fn watch(root: &Path, mut cache: AnnotationCache, live: &Shared) {
    let mut last = snapshot(root);
    loop {
        thread::sleep(POLL);
        let now = snapshot(root);
        if now == last {
            continue;
        }
        let mut settled = now;
        loop {
            thread::sleep(SETTLE);
            let again = snapshot(root);
            if again == settled {
                break;
            }
            settled = again;
        }
        last = settled;
        rebuild(root, &mut cache, live);
    }
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(opener).arg(url).spawn().is_err() {
        eprintln!("could not open a browser; visit {url}");
    }
}

/// Answers one HTTP request.
fn handle(mut stream: TcpStream, live: &Shared) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"method not allowed",
            method,
        );
    }
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
    if path
        .split('/')
        .any(|segment| segment == ".." || segment.contains('\\'))
    {
        return respond(
            &mut stream,
            "403 Forbidden",
            "text/plain",
            b"refused: the path leaves the site",
            method,
        );
    }
    if path == LIVE_PATH {
        return events(stream, live);
    }
    let Ok(state) = live.lock() else {
        return respond(
            &mut stream,
            "500 Internal Server Error",
            "text/plain",
            b"",
            method,
        );
    };
    let (files, base, error) = (
        Arc::clone(&state.files),
        state.base_path.clone(),
        state.error.clone(),
    );
    drop(state);
    let Some(inside) = path
        .strip_prefix(&base)
        .or_else(|| (path.clone() + "/" == base).then_some(""))
    else {
        return not_found(&mut stream, &files, error.as_deref(), method);
    };
    let file = if inside.is_empty() || inside.ends_with('/') {
        format!("{inside}index.html")
    } else {
        inside.to_string()
    };
    match files.get(&file) {
        Some(bytes) => {
            let kind = content_type(&file);
            let body = page_body(bytes, kind, error.as_deref());
            respond(&mut stream, "200 OK", kind, &body, method)
        }
        None if files.get(&format!("{file}/index.html")).is_some() => {
            let location = format!("{path}/");
            let head = format!("HTTP/1.1 301 Moved Permanently\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            stream.write_all(head.as_bytes())
        }
        None => not_found(&mut stream, &files, error.as_deref(), method),
    }
}

fn not_found(
    stream: &mut TcpStream,
    files: &SiteFiles,
    error: Option<&str>,
    method: &str,
) -> std::io::Result<()> {
    let page = files.get("404.html").unwrap_or(b"not found");
    let body = page_body(page, "text/html; charset=utf-8", error);
    respond(
        stream,
        "404 Not Found",
        "text/html; charset=utf-8",
        &body,
        method,
    )
}

/// A served page: HTML gets the reload script and, after a failed build, the errors.
fn page_body(bytes: &[u8], kind: &str, error: Option<&str>) -> Vec<u8> {
    if !kind.starts_with("text/html") {
        return bytes.to_vec();
    }
    let mut html = String::from_utf8_lossy(bytes).into_owned();
    let mut extra = String::new();
    if let Some(error) = error {
        extra.push_str(&format!(
            "<div id=\"dossier-error\" role=\"alert\" style=\"position:fixed;inset:0;z-index:9999;overflow:auto;\
             background:rgba(20,20,20,.94);color:#ffd7d7;padding:2rem;font:14px/1.5 ui-monospace,monospace\">\
             <strong>The last rebuild failed; this is the last good site.</strong><pre style=\"white-space:pre-wrap\">{}</pre></div>",
            escape::html(error)
        ));
    }
    extra.push_str(&format!(
        "<script>new EventSource(\"{LIVE_PATH}\").onmessage=function(e){{if(e.data===\"reload\")location.reload();}};</script>"
    ));
    match html.rfind("</body>") {
        Some(at) => html.insert_str(at, &extra),
        None => html.push_str(&extra),
    }
    html.into_bytes()
}

/// The reload channel: a server-sent event stream that says "reload" after
/// every rebuild.
fn events(mut stream: TcpStream, live: &Shared) -> std::io::Result<()> {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: keep-alive\r\n\r\n";
    stream.write_all(head.as_bytes())?;
    stream.write_all(b": connected\n\n")?;
    let generation = |live: &Shared| live.lock().map(|l| l.generation).unwrap_or(0);
    let mut seen = generation(live);
    let mut quiet = Duration::ZERO;
    loop {
        thread::sleep(POLL);
        let now = generation(live);
        if now != seen {
            seen = now;
            stream.write_all(b"data: reload\n\n")?;
            quiet = Duration::ZERO;
        } else {
            quiet += POLL;
            if quiet >= Duration::from_secs(15) {
                stream.write_all(b": ping\n\n")?;
                quiet = Duration::ZERO;
            }
        }
    }
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
    method: &str,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(body)?;
    }
    stream.flush()
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "md" => "text/markdown; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Decodes %XX escapes; invalid ones are kept as written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_decoded_so_that_dot_dot_cannot_hide() {
        assert_eq!(percent_decode("/%2e%2e/etc"), "/../etc");
        assert_eq!(percent_decode("/a%20b/%zz"), "/a b/%zz");
    }

    #[test]
    fn served_pages_get_the_reload_script_and_the_error_overlay() {
        let page = page_body(
            b"<html><body><p>x</p></body></html>",
            "text/html; charset=utf-8",
            Some("a.md:2:1: error: <bad>"),
        );
        let text = String::from_utf8(page).unwrap();
        assert!(text.contains("new EventSource(\"/__dossier/live\")"));
        assert!(text.contains("a.md:2:1: error: &lt;bad&gt;"));
        assert!(text.ends_with("</script></body></html>"));
        assert_eq!(
            page_body(b"body{}", "text/css; charset=utf-8", None),
            b"body{}"
        );
    }
}
