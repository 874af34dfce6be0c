//! The hash of a folded lexicon key within its class, shared by the build script (which
//! lays out `FOLDED_HASH`) and the look-ups (which probe it), so that the two can never
//! disagree. Uses only `core`: the build script includes it with `#[path]`.

/// FNV-1a over the key's bytes, started from the class's number, mixed at the end so that
/// the low bits (the slot) depend on every byte.
#[inline]
pub(crate) fn key_hash(class: usize, key: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (class as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for &b in key {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^ (h >> 29)
}
