//! The `communique` Python module: the library's `Extractor` behind a Python class, its
//! output as Python dicts and lists (the `communique/1` JSON, key for key), its errors as
//! `communique.Error` and one subclass per kind.
//!
//! Extraction runs with the GIL released, so Python threads sharing one `Extractor` run in
//! parallel, and `extract_many` spreads a batch over native threads of its own.

use std::borrow::Cow;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use communique::{Date, Options, Page, PressRelease, Profile, Timestamp};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDate, PyDict, PyList, PyString};
use pyo3::{create_exception, intern};

create_exception!(
    communique,
    Error,
    PyValueError,
    "A page could not be read at all.\n\n\
     ``str(e)`` is the library's message; ``e.kind`` names the kind of failure (``\"empty\"``,\n\
     ``\"no_text\"``, ``\"too_large\"``, ...), and each kind is also a subclass\n\
     (``EmptyError``, ``NoTextError``, ``TooLargeError``, ...). The numbers a message\n\
     quotes are attributes too (``e.len``, ``e.limit``, ``e.offset``).\n\n\
     >>> import communique\n\
     >>> try:\n\
     ...     communique.extract(\"   \")\n\
     ... except communique.Error as e:\n\
     ...     print(e.kind, \"-\", e)\n\
     empty - input is empty"
);
create_exception!(
    communique,
    EmptyError,
    Error,
    "The input holds nothing at all: only whitespace, control characters or a byte-order mark."
);
create_exception!(
    communique,
    NoTextError,
    Error,
    "The page holds no readable text: markup without words, a script-only shell."
);
create_exception!(
    communique,
    TooLargeError,
    Error,
    "The input is larger than ``max_input_bytes`` (``e.len``, ``e.limit``)."
);
create_exception!(
    communique,
    TooDeepError,
    Error,
    "The HTML nests elements deeper than ``max_depth`` (``e.limit``, ``e.offset``)."
);
create_exception!(
    communique,
    TooManyNodesError,
    Error,
    "Parsing the HTML would build more nodes than ``max_nodes`` (``e.limit``, ``e.offset``)."
);
create_exception!(
    communique,
    TextTooLongError,
    Error,
    "The normalised text is longer than ``max_text_bytes`` (``e.len``, ``e.limit``)."
);
create_exception!(
    communique,
    InvalidSelectorError,
    Error,
    "A site profile holds a CSS selector that does not parse (``e.profile``, ``e.selector``, ``e.reason``)."
);
create_exception!(
    communique,
    InvalidProfileError,
    Error,
    "A site profile given as JSON does not have the expected shape (``e.reason``)."
);
create_exception!(
    communique,
    InternalError,
    Error,
    "The extractor failed on this page in a way it should not (a bug: please report the page).\n\n\
     Raised in place of a crash, so that one page cannot stop a batch."
);

/// Every error class with the `kind` its instances report, for the module's set-up.
const KINDS: &[(&str, &str)] = &[
    ("EmptyError", "empty"),
    ("NoTextError", "no_text"),
    ("TooLargeError", "too_large"),
    ("TooDeepError", "too_deep"),
    ("TooManyNodesError", "too_many_nodes"),
    ("TextTooLongError", "text_too_long"),
    ("InvalidSelectorError", "invalid_selector"),
    ("InvalidProfileError", "invalid_profile"),
    ("InternalError", "internal"),
];

/// Why one page failed: the library's error, or a panic caught at the boundary.
enum Failure {
    Lib(communique::Error),
    Panic(String),
}

/// The Python exception for a failure, its numbers as attributes.
fn to_py_err(py: Python<'_>, failure: Failure) -> PyErr {
    use communique::Error as E;
    let (err, attrs): (PyErr, Vec<(&str, Py<PyAny>)>) = match failure {
        Failure::Panic(msg) => (
            InternalError::new_err(format!("internal error: {msg}")),
            vec![],
        ),
        Failure::Lib(e) => {
            let msg = e.to_string();
            let n = |v: usize| v.into_pyobject(py).map(|v| v.into_any().unbind()).ok();
            let s = |v: &str| Some(PyString::new(py, v).into_any().unbind());
            let pairs = |v: Vec<(&'static str, Option<Py<PyAny>>)>| {
                v.into_iter()
                    .filter_map(|(k, v)| Some((k, v?)))
                    .collect::<Vec<_>>()
            };
            match &e {
                E::Empty => (EmptyError::new_err(msg), vec![]),
                E::NoText => (NoTextError::new_err(msg), vec![]),
                E::TooLarge { len, limit } => (
                    TooLargeError::new_err(msg),
                    pairs(vec![("len", n(*len)), ("limit", n(*limit))]),
                ),
                E::TooDeep { limit, offset } => (
                    TooDeepError::new_err(msg),
                    pairs(vec![("limit", n(*limit)), ("offset", n(*offset))]),
                ),
                E::TooManyNodes { limit, offset } => (
                    TooManyNodesError::new_err(msg),
                    pairs(vec![("limit", n(*limit)), ("offset", n(*offset))]),
                ),
                E::TextTooLong { len, limit } => (
                    TextTooLongError::new_err(msg),
                    pairs(vec![("len", n(*len)), ("limit", n(*limit))]),
                ),
                E::InvalidSelector {
                    profile,
                    selector,
                    reason,
                } => (
                    InvalidSelectorError::new_err(msg),
                    pairs(vec![
                        ("profile", s(profile)),
                        ("selector", s(selector)),
                        ("reason", s(reason)),
                    ]),
                ),
                E::InvalidProfile { reason } => (
                    InvalidProfileError::new_err(msg),
                    pairs(vec![("reason", s(reason))]),
                ),
                // A kind added to the library after this binding: the base class, its
                // message, and `kind` left at the base class's "other".
                _ => (Error::new_err(msg), vec![]),
            }
        }
    };
    let value = err.value(py);
    for (k, v) in attrs {
        // Setting an attribute on a fresh exception instance cannot fail in practice;
        // if it did, the exception would still carry its message and class.
        let _ = value.setattr(k, v);
    }
    err
}

/// A page's content, owned or borrowed from a Python object kept alive by the caller.
enum Content<'a> {
    Str(Cow<'a, str>),
    Bytes(&'a [u8]),
    OwnedBytes(Vec<u8>),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Auto,
    Html,
    Text,
}

fn kind_of(kind: &str) -> PyResult<Kind> {
    match kind {
        "auto" => Ok(Kind::Auto),
        "html" => Ok(Kind::Html),
        "text" => Ok(Kind::Text),
        other => Err(PyValueError::new_err(format!(
            "kind must be \"auto\", \"html\" or \"text\", not {other:?}"
        ))),
    }
}

/// One page with what is known about it, ready to be read without the GIL.
struct Job<'a> {
    content: Content<'a>,
    kind: Kind,
    url: Option<String>,
    published: Option<Date>,
}

impl Job<'_> {
    fn page(&self) -> Page<'_> {
        let mut page = match (&self.content, self.kind) {
            (Content::Str(s), Kind::Auto) => Page::auto(s),
            (Content::Str(s), Kind::Html) => Page::html(s),
            (Content::Str(s), Kind::Text) => Page::text(s),
            // Bytes are always decoded and sniffed by the library: `kind` must be "auto".
            (Content::Bytes(b), _) => Page::bytes(b),
            (Content::OwnedBytes(b), _) => Page::bytes(b),
        };
        if let Some(url) = &self.url {
            page = page.url(url);
        }
        if let Some(date) = self.published {
            page = page.published(date);
        }
        page
    }

    /// Reads the page; a panic (a bug) becomes a failure of this page alone.
    fn run(&self, extractor: &communique::Extractor) -> Result<PressRelease, Failure> {
        match catch_unwind(AssertUnwindSafe(|| extractor.extract(self.page()))) {
            Ok(Ok(release)) => Ok(release),
            Ok(Err(e)) => Err(Failure::Lib(e)),
            Err(payload) => Err(Failure::Panic(
                payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".to_owned()),
            )),
        }
    }
}

/// `published` as given from Python: `None`, a `datetime.date` (or `datetime`), or a
/// string `YYYY-MM-DD` or an ISO timestamp whose date is taken.
fn published_of(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Date>> {
    let Some(value) = value else { return Ok(None) };
    if value.is_none() {
        return Ok(None);
    }
    if let Ok(s) = value.cast::<PyString>() {
        let s = s.to_cow()?;
        return s
            .parse::<Timestamp>()
            .map(|t| Some(t.date()))
            .map_err(|e| PyValueError::new_err(format!("published: {e}")));
    }
    if value.is_instance_of::<PyDate>() {
        let py = value.py();
        let part = |name| -> PyResult<i64> { value.getattr(name)?.extract::<i64>() };
        let (y, m, d) = (
            part(intern!(py, "year"))?,
            part(intern!(py, "month"))?,
            part(intern!(py, "day"))?,
        );
        let date = i32::try_from(y)
            .ok()
            .zip(u32::try_from(m).ok())
            .zip(u32::try_from(d).ok())
            .and_then(|((y, m), d)| Date::new(y, m, d));
        return date
            .map(Some)
            .ok_or_else(|| PyValueError::new_err(format!("published: {y}-{m}-{d} is not a date")));
    }
    Err(PyTypeError::new_err(format!(
        "published must be a str, a datetime.date or None, not {}",
        value.get_type().name()?
    )))
}

fn url_of(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    match value {
        Some(v) if !v.is_none() => {
            Ok(Some(v.extract::<String>().map_err(|_| {
                PyTypeError::new_err("url must be a str or None")
            })?))
        }
        _ => Ok(None),
    }
}

/// A page as given from Python: `str` (borrowed where the ABI allows), `bytes`
/// (borrowed), or `bytearray`/`memoryview` (copied).
fn content_of<'a>(page: &'a Bound<'_, PyAny>, kind: Kind) -> PyResult<Content<'a>> {
    if let Ok(s) = page.cast::<PyString>() {
        return Ok(Content::Str(s.to_cow()?));
    }
    let bytes = if let Ok(b) = page.cast::<PyBytes>() {
        Content::Bytes(b.as_bytes())
    } else if let Ok(v) = page.extract::<Vec<u8>>() {
        // bytearray and other byte sequences; `extract` refuses `str`, handled above.
        Content::OwnedBytes(v)
    } else {
        return Err(PyTypeError::new_err(format!(
            "page must be str or bytes, not {}",
            page.get_type().name()?
        )));
    };
    if kind != Kind::Auto {
        return Err(PyTypeError::new_err(
            "bytes are decoded and sniffed by the extractor: pass kind=\"auto\", or a str for kind=\"html\" or \"text\"",
        ));
    }
    Ok(bytes)
}

/// The release as Python objects: dicts in the schema's key order, lists, str, int, None.
fn to_py<'py>(py: Python<'py>, release: &PressRelease) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, release).map_err(PyErr::from)
}

/// Reads press releases. Build once, share everywhere (it is thread-safe).
///
/// Every option defaults to the library's default; set only those you need:
///
/// - ``max_input_bytes``: the largest input accepted (default 16 MiB); larger is
///   ``TooLargeError``.
/// - ``max_depth``: the deepest HTML element nesting (default 512); deeper is
///   ``TooDeepError``.
/// - ``max_nodes``: the most DOM nodes parsing may build (default 1,000,000); more is
///   ``TooManyNodesError``.
/// - ``max_text_bytes``: the longest normalised text (default 8 MiB); longer is
///   ``TextTooLongError``.
/// - ``profiles``: site profiles, each a JSON string or a dict of the same shape, tried
///   before the built-in ones in the order given; a bad one raises ``InvalidProfileError``
///   or ``InvalidSelectorError`` here.
///
/// Extraction releases the GIL: Python threads sharing one ``Extractor`` run in
/// parallel, and ``extract_many`` reads a batch on all cores.
///
/// >>> import communique
/// >>> ex = communique.Extractor(max_input_bytes=1 << 20)
/// >>> r = ex.extract("Trade ministers meet\n\nGENEVA, 3 May 2021 -- Ministers met in Geneva today.")
/// >>> r["title"], r["published"], r["dateline"]["place"]
/// ('Trade ministers meet', '2021-05-03', 'GENEVA')
#[pyclass(frozen, module = "communique")]
struct Extractor {
    inner: communique::Extractor,
    /// The options as given, for `repr`.
    given: Vec<(&'static str, usize)>,
    profiles: usize,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (*, max_input_bytes=None, max_depth=None, max_nodes=None, max_text_bytes=None, profiles=None))]
    fn new(
        py: Python<'_>,
        max_input_bytes: Option<usize>,
        max_depth: Option<usize>,
        max_nodes: Option<usize>,
        max_text_bytes: Option<usize>,
        profiles: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Extractor> {
        let mut options = Options::new();
        let mut given = Vec::new();
        if let Some(v) = max_input_bytes {
            options = options.max_input_bytes(v);
            given.push(("max_input_bytes", v));
        }
        if let Some(v) = max_depth {
            options = options.max_depth(v);
            given.push(("max_depth", v));
        }
        if let Some(v) = max_nodes {
            options = options.max_nodes(v);
            given.push(("max_nodes", v));
        }
        if let Some(v) = max_text_bytes {
            options = options.max_text_bytes(v);
            given.push(("max_text_bytes", v));
        }
        let mut count = 0;
        if let Some(profiles) = profiles {
            if profiles.is_instance_of::<PyString>() || profiles.is_instance_of::<PyDict>() {
                return Err(PyTypeError::new_err(
                    "profiles must be a list of profiles (JSON strings or dicts), not one profile",
                ));
            }
            let dumps = py
                .import(intern!(py, "json"))?
                .getattr(intern!(py, "dumps"))?;
            for p in profiles.try_iter()? {
                let p = p?;
                let json: String = if let Ok(s) = p.cast::<PyString>() {
                    s.to_cow()?.into_owned()
                } else if p.is_instance_of::<PyDict>() {
                    dumps.call1((p,))?.extract()?
                } else {
                    return Err(PyTypeError::new_err(format!(
                        "a profile is a JSON string or a dict, not {}",
                        p.get_type().name()?
                    )));
                };
                let profile =
                    Profile::from_json(&json).map_err(|e| to_py_err(py, Failure::Lib(e)))?;
                options = options.profile(profile);
                count += 1;
            }
        }
        let inner = py
            .detach(|| communique::Extractor::with_options(options))
            .map_err(|e| to_py_err(py, Failure::Lib(e)))?;
        Ok(Extractor {
            inner,
            given,
            profiles: count,
        })
    }

    /// Reads one page and returns the release as a dict (the ``communique/1`` JSON).
    ///
    /// ``page`` is a ``str`` or ``bytes`` (any encoding: BOM, declared charset, UTF-8 or
    /// windows-1252). ``kind`` is ``"auto"`` (HTML or plain text, told apart from the
    /// content), ``"html"`` or ``"text"`` (for a ``str`` only). ``url`` is the page's
    /// address (a site-profile hint and a date source); ``published`` a publication date
    /// known from outside the page (``"YYYY-MM-DD"``, an ISO timestamp or a
    /// ``datetime.date``), used when the page states none and then as the anchor for
    /// relative dates.
    ///
    /// Raises ``communique.Error`` (a ``ValueError``) when the page cannot be read at all.
    ///
    /// >>> import communique
    /// >>> ex = communique.Extractor()
    /// >>> r = ex.extract("Trade talks open\n\nTalks opened in Lima yesterday.", published="2024-05-08")
    /// >>> r["published"], [(d["text"], d["start"]) for d in r["dates"]]
    /// ('2024-05-08', [('yesterday', '2024-05-07')])
    #[pyo3(signature = (page, *, url=None, published=None, kind="auto"))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        page: &Bound<'py, PyAny>,
        url: Option<&Bound<'py, PyAny>>,
        published: Option<&Bound<'py, PyAny>>,
        kind: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        extract_one(py, &self.inner, page, url, published, kind)
    }

    /// Reads many pages on native threads and returns their releases in input order.
    ///
    /// Each item of ``pages`` is a page (``str`` or ``bytes``) or a dict
    /// ``{"page": ..., "url": ..., "published": ..., "kind": ...}`` (all but ``"page"``
    /// optional, meaning what they mean for ``extract``). ``threads`` defaults to the
    /// number of cores. The GIL is released while pages are read; results are turned into
    /// Python objects as they come, in the calling thread.
    ///
    /// With ``errors="raise"`` (the default) the first page that fails, in input order,
    /// raises its ``communique.Error`` once the batch is done; with ``errors="return"`` its
    /// place in the list holds the ``communique.Error`` instance instead, and the batch
    /// goes on: one bad page cannot stop it.
    ///
    /// >>> import communique
    /// >>> ex = communique.Extractor()
    /// >>> out = ex.extract_many(["Trade talks open\n\nTalks opened.", "  "], threads=2, errors="return")
    /// >>> out[0]["title"], type(out[1]).__name__
    /// ('Trade talks open', 'EmptyError')
    #[pyo3(signature = (pages, threads=None, *, errors="raise"))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        pages: &Bound<'py, PyAny>,
        threads: Option<usize>,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let keep_errors = match errors {
            "raise" => false,
            "return" => true,
            other => {
                return Err(PyValueError::new_err(format!(
                    "errors must be \"raise\" or \"return\", not {other:?}"
                )))
            }
        };
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1"));
        }
        if pages.is_instance_of::<PyString>() || pages.is_instance_of::<PyBytes>() {
            return Err(PyTypeError::new_err(
                "extract_many takes a list of pages; for one page use extract",
            ));
        }
        // The Python objects are held here, so the jobs may borrow from them.
        let items: Vec<Bound<'py, PyAny>> = pages.try_iter()?.collect::<PyResult<_>>()?;
        let key = |d: &Bound<'py, PyDict>, k: &str| d.get_item(k);
        let mut pages_of_dicts: Vec<Option<Bound<'py, PyAny>>> = Vec::with_capacity(items.len());
        for item in &items {
            if let Ok(d) = item.cast::<PyDict>() {
                let page = key(d, "page")?
                    .ok_or_else(|| PyValueError::new_err("a dict in pages needs a \"page\" key"))?;
                pages_of_dicts.push(Some(page));
            } else {
                pages_of_dicts.push(None);
            }
        }
        let mut jobs = Vec::with_capacity(items.len());
        for (item, page) in items.iter().zip(&pages_of_dicts) {
            let job = match (item.cast::<PyDict>(), page) {
                (Ok(d), Some(page)) => {
                    let kind: Option<String> = match key(d, "kind")? {
                        Some(k) if !k.is_none() => Some(k.extract()?),
                        _ => None,
                    };
                    let kind = kind_of(kind.as_deref().unwrap_or("auto"))?;
                    Job {
                        content: content_of(page, kind)?,
                        kind,
                        url: url_of(key(d, "url")?.as_ref())?,
                        published: published_of(key(d, "published")?.as_ref())?,
                    }
                }
                _ => Job {
                    content: content_of(item, Kind::Auto)?,
                    kind: Kind::Auto,
                    url: None,
                    published: None,
                },
            };
            jobs.push(job);
        }
        let n = jobs.len();
        let threads = threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .min(n.max(1));

        let mut out: Vec<Option<Py<PyAny>>> = (0..n).map(|_| None).collect();
        let mut first_error: Option<(usize, PyErr)> = None;
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let inner = &self.inner;
        let jobs = &jobs;
        let result: PyResult<()> = std::thread::scope(|scope| {
            let (tx, rx) = mpsc::channel::<(usize, Result<PressRelease, Failure>)>();
            for _ in 0..threads {
                let tx = tx.clone();
                let (next, stop) = (&next, &stop);
                scope.spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(job) = jobs.get(i) else { return };
                        if tx.send((i, job.run(inner))).is_err() {
                            return;
                        }
                    }
                });
            }
            drop(tx);
            // This thread turns results into Python objects while the workers go on; it
            // waits for each one without the GIL.
            let mut rx = rx;
            loop {
                let (got, back) = py.detach(move || (rx.recv(), rx));
                rx = back;
                let Ok((i, outcome)) = got else { break };
                let converted = match outcome {
                    Ok(release) => to_py(py, &release).map(Bound::unbind),
                    Err(f) => {
                        let err = to_py_err(py, f);
                        if keep_errors {
                            Ok(err.into_value(py).into_any())
                        } else {
                            if first_error.as_ref().is_none_or(|(j, _)| i < *j) {
                                first_error = Some((i, err));
                            }
                            continue;
                        }
                    }
                };
                let step = converted.and_then(|obj| {
                    if let Some(slot) = out.get_mut(i) {
                        *slot = Some(obj);
                    }
                    // Ctrl-C stops the batch after the pages being read.
                    py.check_signals()
                });
                if let Err(e) = step {
                    stop.store(true, Ordering::Relaxed);
                    return Err(e);
                }
            }
            Ok(())
        });
        result?;
        if let Some((_, err)) = first_error {
            return Err(err);
        }
        let list = PyList::empty(py);
        for obj in out {
            match obj {
                Some(obj) => list.append(obj)?,
                None => list.append(py.None())?,
            }
        }
        Ok(list)
    }

    fn __repr__(&self) -> String {
        let mut parts: Vec<String> = self.given.iter().map(|(k, v)| format!("{k}={v}")).collect();
        if self.profiles > 0 {
            parts.push(format!("profiles=<{} profile(s)>", self.profiles));
        }
        format!("communique.Extractor({})", parts.join(", "))
    }
}

/// Reads one page with the default options; see ``Extractor.extract``.
///
/// >>> import communique
/// >>> r = communique.extract(b"<h1>Summit opens</h1><p>The summit opened in Lima.</p>",
/// ...                        url="https://example.org/news/2024/05/06/summit")
/// >>> r["schema"], r["title"], r["published"]
/// ('communique/1', 'Summit opens', '2024-05-06')
#[pyfunction]
#[pyo3(signature = (page, *, url=None, published=None, kind="auto"))]
fn extract<'py>(
    py: Python<'py>,
    page: &Bound<'py, PyAny>,
    url: Option<&Bound<'py, PyAny>>,
    published: Option<&Bound<'py, PyAny>>,
    kind: &str,
) -> PyResult<Bound<'py, PyAny>> {
    extract_one(
        py,
        &communique::Extractor::new(),
        page,
        url,
        published,
        kind,
    )
}

/// One page read by `inner` with the GIL released: the Python arguments are checked and
/// converted first, so a bad argument raises before any work.
fn extract_one<'py>(
    py: Python<'py>,
    inner: &communique::Extractor,
    page: &Bound<'py, PyAny>,
    url: Option<&Bound<'py, PyAny>>,
    published: Option<&Bound<'py, PyAny>>,
    kind: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let kind = kind_of(kind)?;
    let job = Job {
        content: content_of(page, kind)?,
        kind,
        url: url_of(url)?,
        published: published_of(published)?,
    };
    match py.detach(|| job.run(inner)) {
        Ok(release) => to_py(py, &release),
        Err(f) => Err(to_py_err(py, f)),
    }
}

#[pymodule]
fn _communique(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Extractor>()?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add("SCHEMA", communique::SCHEMA)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("Error", py.get_type::<Error>())?;
    py.get_type::<Error>().setattr("kind", "other")?;
    let classes = [
        py.get_type::<EmptyError>(),
        py.get_type::<NoTextError>(),
        py.get_type::<TooLargeError>(),
        py.get_type::<TooDeepError>(),
        py.get_type::<TooManyNodesError>(),
        py.get_type::<TextTooLongError>(),
        py.get_type::<InvalidSelectorError>(),
        py.get_type::<InvalidProfileError>(),
        py.get_type::<InternalError>(),
    ];
    for (class, (name, kind)) in classes.iter().zip(KINDS) {
        class.setattr("kind", *kind)?;
        m.add(*name, class)?;
    }
    Ok(())
}
