//! Words of relative dates per language: "kemarin", "Kamis besok", "pekan
//! lalu", "last week". The annotator resolves them against an article's
//! publication date.

/// The relative-date words of one language (lowercase).
pub struct Relative {
    /// The day before publication.
    pub yesterday: &'static [&'static str],
    /// The publication day.
    pub today: &'static [&'static str],
    /// The day after.
    pub tomorrow: &'static [&'static str],
    /// After a weekday or period: it lies before publication ("lalu", "last").
    pub past: &'static [&'static str],
    /// It lies after publication ("besok", "depan", "next").
    pub future: &'static [&'static str],
    /// The current one ("ini", "this").
    pub current: &'static [&'static str],
    /// Words of the future tense that make a bare weekday point forward.
    pub future_tense: &'static [&'static str],
    /// Week, month and year as periods.
    pub week: &'static [&'static str],
    /// Month as a period.
    pub month: &'static [&'static str],
    /// Year as a period.
    pub year: &'static [&'static str],
    /// Words before a date that make it the start of a span, not an event ("sejak", "since").
    pub since: &'static [&'static str],
    /// Words before a month that place the date inside it ("akhir", "early").
    pub month_parts: &'static [&'static str],
    /// Words that may stand before a bare month or weekday ("pada", "hari", "on", "in").
    pub lead_ins: &'static [&'static str],
    /// Words that join a span's first date to its last ("hingga", "to").
    pub span_joins: &'static [&'static str],
    /// Words before a span's first date that "and" joins to its last
    /// ("antara", "between").
    pub span_openers: &'static [&'static str],
}

/// Indonesian.
pub const ID: Relative = Relative {
    yesterday: &["kemarin"],
    today: &["hari ini"],
    tomorrow: &["besok"],
    past: &["lalu", "kemarin", "silam", "sebelumnya"],
    future: &["besok", "depan", "mendatang", "nanti"],
    current: &["ini"],
    future_tense: &["akan", "bakal", "dijadwalkan", "direncanakan", "rencananya"],
    week: &["pekan", "minggu"],
    month: &["bulan"],
    year: &["tahun"],
    since: &["sejak", "semenjak"],
    month_parts: &["awal", "akhir", "pertengahan", "medio"],
    lead_ins: &[
        "pada",
        "hari",
        "tanggal",
        "bulan",
        "di",
        "sepanjang",
        "selama",
        "dari",
        "antara",
    ],
    span_joins: &["hingga", "sampai"],
    span_openers: &["antara"],
};

/// English.
pub const EN: Relative = Relative {
    yesterday: &["yesterday"],
    today: &["today"],
    tomorrow: &["tomorrow"],
    past: &["last", "ago", "previous"],
    future: &["next", "coming"],
    current: &["this"],
    // "said it would convene a meeting on Thursday": the future of a
    // reported past.
    future_tense: &[
        "will",
        "would",
        "scheduled",
        "planned",
        "due",
        "expected",
        "slated",
    ],
    week: &["week"],
    month: &["month"],
    year: &["year"],
    since: &["since"],
    month_parts: &["early", "late", "mid", "end"],
    lead_ins: &["on", "in", "during", "of", "from", "between"],
    span_joins: &["to", "until", "till", "through"],
    span_openers: &["between"],
};

/// Every language's relative-date words.
pub const ALL: [&Relative; 2] = [&ID, &EN];
