//! A dossier on disk → a live local site: builds in memory, serves the last
//! good build over HTTP on loopback, watches site.toml, content/, templates/
//! and static/ (file system notifications, debounced), rebuilds on change and
//! tells open pages to reload. An edited article whose metadata, quotes,
//! entities and events stay the same only re-renders its own page; any other
//! change rebuilds everything, keeping the annotations of unchanged articles.
//! A failed rebuild keeps the last good site and shows the errors over every
//! page. Nothing is written to disk; the script that reloads pages is added
//! to served pages only, never to `build` output.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::render::escape;
use crate::site::output::SiteFiles;
use crate::{AnnotationCache, Prepared, Stopwatch};

/// Where pages listen for reload messages.
const LIVE_PATH: &str = "/__dossier/live";

/// How often the reload channel looks for a new build.
const POLL: Duration = Duration::from_millis(20);

/// How long the files must stay quiet after a change before a rebuild.
const SETTLE: Duration = Duration::from_millis(15);

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

/// The folders of a dossier whose files make the site (site.toml besides).
const WATCHED_FOLDERS: [&str; 3] = ["content", "templates", "static"];

/// A running file watcher and the changes it reports.
struct Watching {
    watcher: notify::RecommendedWatcher,
    changes: mpsc::Receiver<Vec<PathBuf>>,
}

/// The site being served.
struct Live {
    files: SiteFiles,
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
        Ok(listener) => deepen_backlog(listener),
        Err(err) => {
            eprintln!(
                "error: cannot listen on {}:{}: {err}",
                options.bind, options.port
            );
            return 1;
        }
    };
    let live: Shared = Arc::new(Mutex::new(Live {
        files: SiteFiles::default(),
        base_path: "/".into(),
        error: None,
        generation: 0,
    }));
    let _ = ctrlc::set_handler(|| {
        eprintln!("\nstopped");
        std::process::exit(0);
    });
    let mut session = Session::new(options.root.clone());
    session.rebuild(&live);
    let watching = session.start_watching();
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
    if let Some(watching) = watching {
        thread::spawn(move || session.watch(watching, &watched));
    }
    for stream in listener.incoming().flatten() {
        let live = Arc::clone(&live);
        thread::spawn(move || {
            let _ = handle(stream, &live);
        });
    }
    0
}

/// Lets many clients wait to be accepted at once (std listens with a backlog
/// of 128; a page with many assets, or a burst of clients, can exceed it).
fn deepen_backlog(listener: TcpListener) -> TcpListener {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: the descriptor belongs to the listener, which outlives the call;
        // listen() on a listening socket only changes its backlog.
        unsafe {
            libc::listen(listener.as_raw_fd(), 4096);
        }
    }
    listener
}

/// What serve keeps between rebuilds.
struct Session {
    root: PathBuf,
    cache: AnnotationCache,
    prepared: Option<Prepared>,
}

impl Session {
    fn new(root: PathBuf) -> Self {
        Session {
            root,
            cache: AnnotationCache::default(),
            prepared: None,
        }
    }

    /// Builds everything in memory and swaps it in, or records the errors.
    fn rebuild(&mut self, live: &Shared) {
        let started = Instant::now();
        let result = crate::prepare(
            &self.root,
            Some("/"),
            &mut self.cache,
            &mut Stopwatch::default(),
        )
        .and_then(|prepared| {
            prepared
                .render_all(&self.root)
                .map(|files| (prepared, files))
        });
        let Ok(mut state) = live.lock() else { return };
        state.generation += 1;
        match result {
            Ok((prepared, files)) => {
                if !prepared.warnings.is_empty() {
                    eprint!("{}", prepared.warnings.with_sources(&self.root));
                }
                eprintln!(
                    "built {} articles: {} files in {} ms",
                    prepared.article_count(),
                    files.len(),
                    started.elapsed().as_millis()
                );
                state.files = files;
                state.base_path = prepared.base_path().to_string();
                state.error = None;
                self.prepared = Some(prepared);
            }
            Err(problems) => {
                let text = problems.with_sources(&self.root);
                eprint!("{text}");
                eprintln!("error: the rebuild failed; still serving the last good site");
                state.error = Some(text);
                self.prepared = None;
            }
        }
    }

    /// Re-renders only the edited articles' own pages when that is enough.
    fn update(&mut self, changed: &[PathBuf], live: &Shared) -> bool {
        let articles = self.root.join("content").join("articles");

        let files: Vec<&PathBuf> = changed.iter().filter(|p| !p.is_dir()).collect();
        if files.is_empty()
            || !files
                .iter()
                .all(|p| p.starts_with(&articles) && p.is_file())
        {
            return false;
        }
        let started = Instant::now();
        let Some(prepared) = self.prepared.as_mut() else {
            return false;
        };
        let files: Vec<PathBuf> = files.into_iter().cloned().collect();
        let Some(files) = prepared.update_articles(&self.root, &files, &mut self.cache) else {
            return false;
        };
        let Ok(mut state) = live.lock() else {
            return false;
        };
        for (path, bytes) in files {
            state.files.insert(path, bytes);
        }
        state.generation += 1;
        state.error = None;
        eprintln!(
            "updated {} article(s) in {:.1} ms",
            changed.len(),
            started.elapsed().as_secs_f64() * 1000.0
        );
        true
    }

    /// After edits to existing files of static/ only: serves the new bytes.
    fn copy_static(&self, changed: &[PathBuf], live: &Shared) -> bool {
        let folder = self.root.join("static");
        let files: Vec<&PathBuf> = changed.iter().filter(|p| !p.is_dir()).collect();
        if files.is_empty() || !files.iter().all(|p| p.starts_with(&folder) && p.is_file()) {
            return false;
        }
        let mut read = Vec::new();
        for path in files {
            let (Ok(bytes), Ok(relative)) = (std::fs::read(path), path.strip_prefix(&folder))
            else {
                return false;
            };
            read.push((relative.to_string_lossy().replace('\\', "/"), bytes));
        }
        let Ok(mut state) = live.lock() else {
            return false;
        };
        for (path, bytes) in read {
            state.files.insert(path, bytes);
        }
        state.generation += 1;
        eprintln!("copied the changed static file(s)");
        true
    }

    /// After an edit to templates/ or static/ only: renders everything again
    /// from the dossier already annotated and linked.
    fn rerender(&mut self, changed: &[PathBuf], live: &Shared) -> bool {
        let theme = [self.root.join("templates"), self.root.join("static")];
        if !changed
            .iter()
            .all(|p| theme.iter().any(|t| p.starts_with(t)))
        {
            return false;
        }
        let started = Instant::now();
        let Some(prepared) = self.prepared.as_mut() else {
            return false;
        };
        let result = prepared
            .reload_templates(&self.root)
            .and_then(|()| prepared.render_all(&self.root));
        let Ok(mut state) = live.lock() else {
            return false;
        };
        state.generation += 1;
        match result {
            Ok(files) => {
                state.files = files;
                state.error = None;
                eprintln!("re-rendered in {} ms", started.elapsed().as_millis());
            }
            Err(problems) => {
                let text = problems.with_sources(&self.root);
                eprint!("{text}");
                eprintln!("error: the rebuild failed; still serving the last good site");
                state.error = Some(text);
            }
        }
        true
    }

    /// Starts watching the dossier's folders and site.toml.
    fn start_watching(&self) -> Option<Watching> {
        let (sender, changes) = mpsc::channel();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            use notify::event::{EventKind, ModifyKind};
            let Ok(event) = event else { return };
            let changes_content = match event.kind {
                EventKind::Create(_) | EventKind::Remove(_) => true,
                EventKind::Modify(ModifyKind::Metadata(_)) => false,
                EventKind::Modify(_) => true,
                _ => false,
            };
            if changes_content {
                let _ = sender.send(event.paths);
            }
        });
        let Ok(mut watcher) = watcher else {
            eprintln!("error: cannot watch the dossier's files; changes will not be rebuilt");
            return None;
        };
        let _ = watcher.watch(&self.root, RecursiveMode::NonRecursive);
        for folder in WATCHED_FOLDERS {
            let path = self.root.join(folder);
            if path.is_dir() {
                let _ = watcher.watch(&path, RecursiveMode::Recursive);
            }
        }
        Some(Watching { watcher, changes })
    }

    /// Rebuilds after every settled burst of changes to the watched files.
    fn watch(mut self, mut watching: Watching, live: &Shared) {
        let changes = &watching.changes;
        while let Ok(first) = changes.recv() {
            let mut changed: BTreeSet<PathBuf> = first.into_iter().collect();
            while let Ok(more) = changes.recv_timeout(SETTLE) {
                changed.extend(more);
            }
            changed.retain(|p| self.watched(p));
            for folder in WATCHED_FOLDERS.iter().map(|f| self.root.join(f)) {
                if changed.contains(&folder) && folder.is_dir() {
                    let _ = watching.watcher.watch(&folder, RecursiveMode::Recursive);
                }
            }
            if changed.is_empty() {
                continue;
            }
            let changed: Vec<PathBuf> = changed.into_iter().collect();
            if !self.root.exists() {
                return;
            }
            let handled = self.update(&changed, live)
                || self.copy_static(&changed, live)
                || self.rerender(&changed, live);
            if !handled {
                self.rebuild(live);
            }
        }
    }

    /// Whether a changed path is part of the dossier (not its output or an editor's swap file).
    fn watched(&self, path: &Path) -> bool {
        let Ok(relative) = path.strip_prefix(&self.root) else {
            return false;
        };
        let hidden = relative
            .components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
        let first = relative
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        !hidden
            && matches!(
                first.as_deref(),
                Some("content" | "templates" | "static" | "site.toml")
            )
            && !relative.to_string_lossy().ends_with('~')
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
        let body = b"method not allowed";
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            body,
            method,
        );
    }
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
    if path
        .split('/')
        .any(|segment| segment == ".." || segment.contains('\\'))
    {
        let body = b"refused: the path leaves the site";
        return respond(&mut stream, "403 Forbidden", "text/plain", body, method);
    }
    if path == LIVE_PATH {
        return events(stream, live);
    }
    match lookup(&path, live) {
        Lookup::Found { file, bytes, error } => {
            let kind = content_type(&file);
            let body = page_body(&bytes, kind, error.as_deref());
            respond(&mut stream, "200 OK", kind, &body, method)
        }
        Lookup::Folder => {
            let head = format!(
                "HTTP/1.1 301 Moved Permanently\r\nLocation: {path}/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            stream.write_all(head.as_bytes())
        }
        Lookup::Missing { page, error } => {
            let html = "text/html; charset=utf-8";
            let body = page_body(&page, html, error.as_deref());
            respond(&mut stream, "404 Not Found", html, &body, method)
        }
    }
}

/// What a request path names in the served site.
enum Lookup {
    /// A file, with the last build's errors to show over it.
    Found {
        file: String,
        bytes: Vec<u8>,
        error: Option<String>,
    },
    /// A folder asked for without its trailing slash.
    Folder,
    /// Nothing: the site's 404 page.
    Missing {
        page: Vec<u8>,
        error: Option<String>,
    },
}

fn lookup(path: &str, live: &Shared) -> Lookup {
    let Ok(state) = live.lock() else {
        return Lookup::Missing {
            page: b"server error".to_vec(),
            error: None,
        };
    };
    let base = state.base_path.as_str();
    let inside = path
        .strip_prefix(base)
        .map(str::to_string)
        .or_else(|| (format!("{path}/") == base).then(String::new));
    if let Some(inside) = inside {
        let file = if inside.is_empty() || inside.ends_with('/') {
            format!("{inside}index.html")
        } else {
            inside
        };
        if let Some(bytes) = state.files.get(&file) {
            return Lookup::Found {
                bytes: bytes.to_vec(),
                file,
                error: state.error.clone(),
            };
        }
        if state.files.get(&format!("{file}/index.html")).is_some() {
            return Lookup::Folder;
        }
    }
    Lookup::Missing {
        page: state.files.get("404.html").unwrap_or(b"not found").to_vec(),
        error: state.error.clone(),
    }
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

/// For the edit benchmark: builds `root` as serve does, starts watching,
/// applies `edit`, and returns (first build, time until the page whose raw
/// input contained `original` serves text containing `marker`).
pub fn time_edit(
    root: &Path,
    original: &str,
    edit: impl FnOnce(),
    marker: &str,
) -> (Duration, Duration) {
    let live: Shared = Arc::new(Mutex::new(Live {
        files: SiteFiles::default(),
        base_path: "/".into(),
        error: None,
        generation: 0,
    }));
    let mut session = Session::new(root.to_path_buf());
    let started = Instant::now();
    session.rebuild(&live);
    let first = started.elapsed();
    let page = live.lock().ok().and_then(|state| {
        state
            .files
            .iter()
            .find(|(path, bytes)| path.ends_with("/source.txt") && *bytes == original.as_bytes())
            .map(|(path, _)| path.replace("source.txt", "index.html"))
    });
    let Some(page) = page else {
        return (first, Duration::MAX);
    };
    let Some(watching) = session.start_watching() else {
        return (first, Duration::MAX);
    };
    let watched = Arc::clone(&live);
    thread::spawn(move || session.watch(watching, &watched));
    let started = Instant::now();
    edit();
    loop {
        let seen = live.lock().ok().is_some_and(|state| {
            state
                .files
                .get(&page)
                .is_some_and(|bytes| String::from_utf8_lossy(bytes).contains(marker))
        });
        if seen || started.elapsed() > Duration::from_secs(60) {
            return (first, started.elapsed());
        }
        thread::sleep(Duration::from_micros(500));
    }
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
