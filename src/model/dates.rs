//! Reading dates the way people type them: `2026-11-23`, `2026/11/23`, `11/23` or `11-23` (this
//! year), `today`/`今日`, `yesterday`/`昨日`, `tomorrow`/`明日`. Full-width digits are accepted.

use chrono::{Datelike, Days, NaiveDate};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not a form we read.
    Unrecognised(String),
    /// The right form, but no such day (2026-02-30).
    NoSuchDay(String),
}

impl DateError {
    /// What was typed and how to write a date instead.
    pub fn message(&self) -> super::message::Message {
        match self {
            DateError::Unrecognised(s) => super::message::Message::new("date-unrecognised").text("input", s.clone()),
            DateError::NoSuchDay(s) => super::message::Message::new("date-no-such-day").text("input", s.clone()),
        }
    }
}

/// Parses `input` relative to `today`.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    // Full-width digits and separators (from a Japanese IME) become ASCII.
    let s: String = input
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '／' => '/',
            '－' | 'ー' => '-',
            _ => c,
        })
        .collect();
    let lower = s.to_lowercase();
    match lower.as_str() {
        "today" | "今日" | "きょう" => return Ok(today),
        "yesterday" | "昨日" | "きのう" => return Ok(today - Days::new(1)),
        "tomorrow" | "明日" | "あした" => return Ok(today + Days::new(1)),
        _ => {}
    }
    let parts: Vec<&str> = lower.split(['-', '/', '.']).collect();
    let num = |p: &str| p.parse::<u32>().ok().filter(|_| !p.is_empty() && p.len() <= 4);
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (num(y).map(|y| y as i32), num(m), num(d)),
        [m, d] => (Some(today.year()), num(m), num(d)),
        _ => return Err(DateError::Unrecognised(input.trim().to_owned())),
    };
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) => {
            NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| DateError::NoSuchDay(input.trim().to_owned()))
        }
        _ => Err(DateError::Unrecognised(input.trim().to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
    }

    fn ok(s: &str) -> String {
        parse_date(s, today()).expect(s).to_string()
    }

    #[test]
    fn reads_the_forms_people_type() {
        assert_eq!(ok("2026-11-23"), "2026-11-23");
        assert_eq!(ok("2025/1/5"), "2025-01-05");
        assert_eq!(ok("11/23"), "2026-11-23");
        assert_eq!(ok(" 3-1 "), "2026-03-01");
        assert_eq!(ok("today"), "2026-11-24");
        assert_eq!(ok("今日"), "2026-11-24");
        assert_eq!(ok("Yesterday"), "2026-11-23");
        assert_eq!(ok("昨日"), "2026-11-23");
        assert_eq!(ok("明日"), "2026-11-25");
        assert_eq!(ok("２０２６／１１／２０"), "2026-11-20");
    }

    #[test]
    fn refuses_with_a_reason() {
        assert_eq!(parse_date("2026-02-30", today()), Err(DateError::NoSuchDay("2026-02-30".into())));
        assert_eq!(parse_date("next week", today()), Err(DateError::Unrecognised("next week".into())));
        assert!(matches!(parse_date("", today()), Err(DateError::Unrecognised(_))));
        assert!(matches!(parse_date("99999-1-1", today()), Err(DateError::Unrecognised(_))));
        assert!(matches!(parse_date("1/2/3", today()), Err(DateError::Unrecognised(_))));
    }
}
