//! The hash of a folded lexicon key within its class, shared by the build script (which
//! lays out `FOLDED_HASH`) and the look-ups (which probe it), so that the two can never
//! disagree. Uses only `core`: the build script includes it with `#[path]`.

/// FNV-1a over the key's bytes, started from the class's number ([`start`], [`step`] for
/// each byte, [`finish`]), so that a look-up can hash a query while it folds it.
#[inline]
pub(crate) fn key_hash(class: usize, key: &[u8]) -> u64 {
    finish(key.iter().fold(start(class), |h, &b| step(h, b)))
}

/// The hash of an empty key of class `class`.
#[inline]
pub(crate) fn start(class: usize) -> u64 {
    0xcbf2_9ce4_8422_2325 ^ (class as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The hash `h` with byte `b` appended.
#[inline]
pub(crate) fn step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// The finished hash: mixed so that its low bits (the slot) depend on every byte.
#[inline]
pub(crate) fn finish(h: u64) -> u64 {
    h ^ (h >> 29)
}
