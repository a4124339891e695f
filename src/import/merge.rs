//! Matching imported contacts against the people already in the workbook, and the one edit
//! that adds and fills them. The rules are in the parent module's docs.
//!
//! Look-ups go through hash maps built once (email, normalised URL, name), so a 10,000-row file
//! against a 10,000-person workbook costs a few milliseconds, not a comparison of every pair.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::Contact;
use crate::model::{Change, Edit, NewIds, Person, PersonId, Record, Text, Workbook, name_key, rules, text};

/// A field of a person that an import filled (it was empty), or the first contact moved back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Filled {
    Phonetic,
    Email,
    Url,
    Organisation,
    Role,
    Notes,
    FirstContact,
}

impl Filled {
    /// The field's name, for the dry run's list of what an import would fill.
    pub fn message(self) -> crate::model::Message {
        crate::model::Message::new(match self {
            Filled::Phonetic => "filled-phonetic",
            Filled::Email => "filled-email",
            Filled::Url => "filled-url",
            Filled::Organisation => "filled-organisation",
            Filled::Role => "filled-role",
            Filled::Notes => "filled-notes",
            Filled::FirstContact => "filled-first-contact",
        })
    }
}

/// A person already in the workbook who gains data, as they will be after the import.
#[derive(Clone, Debug, PartialEq)]
pub struct Update {
    pub person: Person,
    pub filled: Vec<Filled>,
}

/// What an import would do, and the edit that does it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    /// New people, in the order of the file.
    pub added: Vec<Person>,
    /// People already known who gain data, by id.
    pub updated: Vec<Update>,
    /// People already known whom the file matched but had nothing new for.
    pub unchanged: usize,
    /// Puts every updated and added person; apply it in one `Workbook::apply`.
    pub edit: Edit,
}

/// Where a matched person lives while the plan is made. Ordered as the people were added: the
/// workbook's (in its order), then this import's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    /// Index into the workbook's people.
    Known(usize),
    /// Index into the people this import adds.
    New(usize),
}

/// Plans the import of `contacts` into `wb`. Pure: the workbook is only read.
pub fn plan(wb: &Workbook, contacts: &[Contact], today: NaiveDate) -> ImportPlan {
    let mut m = Merger::new(wb.people.as_slice(), wb.new_ids(), today);
    for c in contacts.iter().map(as_stored).filter(|c| !c.name.is_empty()) {
        match m.find(&c) {
            Some(slot) => m.merge(slot, &c),
            None => m.add(&c),
        }
    }
    m.finish()
}

/// A contact as the workbook will hold it: sanitised by the model's rules (no control
/// characters, LF line ends, NFC), then trimmed, with the name, reading, organisation and role on one line.
/// Matching compares these, so a row with a stray control character in its URL finds the person
/// its last import stored without it, instead of adding them again.
fn as_stored(c: &Contact) -> Contact {
    let clean = |s: &str| text::sanitize(s).trim().to_owned();
    let one_line = |s: &str| text::one_line(&text::sanitize(s)).trim().to_owned();
    Contact {
        line: c.line,
        name: one_line(&c.name),
        phonetic: one_line(&c.phonetic),
        email: clean(&c.email),
        other_emails: c.other_emails.iter().map(|e| clean(e)).collect(),
        url: clean(&c.url),
        organisation: one_line(&c.organisation),
        role: one_line(&c.role),
        notes: clean(&c.notes),
        connected_on: c.connected_on,
    }
}

/// `a@b.jp` from ` A@B.jp `; `None` when empty.
fn email_key(email: &str) -> Option<String> {
    let key = email.trim().to_lowercase();
    (!key.is_empty()).then_some(key)
}

/// `linkedin.com/in/sato` from `https://www.LinkedIn.com/in/sato/`; `None` when empty.
pub fn url_key(url: &str) -> Option<String> {
    let lower = url.trim().to_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")).unwrap_or(&lower);
    let rest = rest.strip_prefix("www.").unwrap_or(rest).trim_end_matches('/');
    (!rest.is_empty()).then(|| rest.to_owned())
}

/// A name as `same_name` compares it, with the spaces between its parts dropped too.
fn loose_name_key(name: &str) -> Option<String> {
    let key: String = name_key(name).split_whitespace().collect();
    (!key.is_empty()).then_some(key)
}

/// A person's email and URL as they are compared, worked out once per person and row.
#[derive(Clone, Debug, Default)]
struct Keys {
    email: Option<String>,
    url: Option<String>,
}

impl Keys {
    fn of(email: &str, url: &str) -> Self {
        Keys { email: email_key(email), url: url_key(url) }
    }

    /// True when the two cannot be one person: both have an email and they differ, or both have
    /// a URL on the same site and they differ (two LinkedIn profiles are two people; a LinkedIn
    /// profile and a home page may well be one).
    fn conflict(&self, other: &Keys) -> bool {
        fn site(key: &str) -> &str {
            key.split('/').next().unwrap_or_default()
        }
        let emails = matches!((&self.email, &other.email), (Some(x), Some(y)) if x != y);
        let urls = matches!((&self.url, &other.url), (Some(x), Some(y)) if x != y && site(x) == site(y));
        emails || urls
    }
}

struct Merger<'a> {
    known: &'a [Person],
    /// Working copies of the known people the file matched (`None`: not matched).
    touched: Vec<Option<(Person, Vec<Filled>)>>,
    new: Vec<Person>,
    /// The keys of each known and each new person, kept up to date as fields are filled.
    known_keys: Vec<Keys>,
    new_keys: Vec<Keys>,
    by_email: HashMap<String, Slot>,
    by_url: HashMap<String, Slot>,
    by_name: HashMap<String, Vec<Slot>>,
    ids: NewIds,
    today: NaiveDate,
}

impl<'a> Merger<'a> {
    fn new(known: &'a [Person], ids: NewIds, today: NaiveDate) -> Self {
        let mut m = Merger {
            known,
            touched: vec![None; known.len()],
            new: Vec::new(),
            known_keys: vec![Keys::default(); known.len()],
            new_keys: Vec::new(),
            by_email: HashMap::with_capacity(known.len()),
            by_url: HashMap::with_capacity(known.len()),
            by_name: HashMap::with_capacity(known.len()),
            ids,
            today,
        };
        for (i, p) in known.iter().enumerate() {
            m.index(Slot::Known(i), Keys::of(&p.email, &p.url));
            if let Some(k) = loose_name_key(&p.name) {
                m.by_name.entry(k).or_default().push(Slot::Known(i));
            }
        }
        m
    }

    /// Remembers a person's email and URL (the first person with a key keeps it) and their keys.
    fn index(&mut self, slot: Slot, keys: Keys) {
        if let Some(k) = &keys.email {
            self.by_email.entry(k.clone()).or_insert(slot);
        }
        if let Some(k) = &keys.url {
            self.by_url.entry(k.clone()).or_insert(slot);
        }
        match slot {
            Slot::Known(i) => self.known_keys[i] = keys,
            Slot::New(i) if i == self.new_keys.len() => self.new_keys.push(keys),
            Slot::New(i) => self.new_keys[i] = keys,
        }
    }

    fn keys(&self, slot: Slot) -> &Keys {
        match slot {
            Slot::Known(i) => &self.known_keys[i],
            Slot::New(i) => &self.new_keys[i],
        }
    }

    fn find(&self, c: &Contact) -> Option<Slot> {
        let theirs = Keys::of(&c.email, &c.url);
        let by = |map: &HashMap<String, Slot>, key: &Option<String>| key.as_ref().and_then(|k| map.get(k).copied());
        // Any of a card's addresses finds the person (phones often list the private one first);
        // when they find several, the one added first, as a name does. Preferring the main
        // address instead would let a person added later in the file take the card over on the
        // next import.
        let emails = std::iter::once(theirs.email.clone()).chain(c.other_emails.iter().map(|e| email_key(e)));
        let by_email = emails.filter_map(|k| by(&self.by_email, &k)).min();
        // A URL or a name finds the person only when nothing conflicts: two people with their
        // own emails may share a company's home page (and a later import would otherwise find
        // the second by email, where the first import had merged them by URL).
        let fits = |s: &Slot| !self.keys(*s).conflict(&theirs);
        by_email.or_else(|| by(&self.by_url, &theirs.url).filter(fits)).or_else(|| {
            let same = self.by_name.get(&loose_name_key(&c.name)?)?;
            same.iter().copied().find(fits)
        })
    }

    fn merge(&mut self, slot: Slot, c: &Contact) {
        let today = self.today;
        let (person, filled) = match slot {
            Slot::Known(i) => {
                let (p, filled) = self.touched[i].get_or_insert_with(|| (self.known[i].clone(), Vec::new()));
                (p, Some(filled))
            }
            Slot::New(i) => (&mut self.new[i], None),
        };
        let gained = fill(person, c, today);
        let (email, url) = (person.email.to_string(), person.url.to_string());
        if let Some(filled) = filled {
            for f in gained {
                if !filled.contains(&f) {
                    filled.push(f);
                }
            }
        }
        // A key learnt from this row finds the person for the rows after it.
        self.index(slot, Keys::of(&email, &url));
    }

    fn add(&mut self, c: &Contact) {
        let id: PersonId = self.ids.take();
        let person = Person {
            id,
            // Already as stored (`as_stored`): names, readings, organisations and roles on one line; the
            // field stays empty (a company is not a field) and the tie unrated.
            name: Text::from(c.name.as_str()),
            phonetic: Text::from(c.phonetic.as_str()),
            email: Text::from(c.email.as_str()),
            url: Text::from(c.url.as_str()),
            organisation: Text::from(c.organisation.as_str()),
            role: Text::from(c.role.as_str()),
            notes: Text::from(c.notes.as_str()),
            first_contact: c.connected_on.map(|d| d.min(self.today)),
            ..Default::default()
        };
        let slot = Slot::New(self.new.len());
        self.index(slot, Keys::of(&person.email, &person.url));
        if let Some(k) = loose_name_key(&person.name) {
            self.by_name.entry(k).or_default().push(slot);
        }
        self.new.push(person);
    }

    fn finish(self) -> ImportPlan {
        let mut plan = ImportPlan::default();
        for (person, mut filled) in self.touched.into_iter().flatten() {
            if filled.is_empty() {
                plan.unchanged += 1;
            } else {
                filled.sort();
                plan.edit.push(Change::Put(Record::Person(person.clone())));
                plan.updated.push(Update { person, filled });
            }
        }
        // New people follow the rules of every person (`rules::settle_person`).
        let new: Vec<Person> = self.new.into_iter().map(rules::settle_person).collect();
        plan.edit.extend(new.iter().cloned().map(|p| Change::Put(Record::Person(p))));
        plan.added = new;
        plan
    }
}

/// Fills the empty fields of `p` from `c` and moves the first contact back; says what changed.
fn fill(p: &mut Person, c: &Contact, today: NaiveDate) -> Vec<Filled> {
    let mut filled = Vec::new();
    let mut put = |slot: &mut Text, value: &str, what: Filled| {
        if slot.is_blank() && !value.trim().is_empty() {
            *slot = Text::from(value.trim());
            filled.push(what);
        }
    };
    put(&mut p.phonetic, &c.phonetic, Filled::Phonetic);
    put(&mut p.email, &c.email, Filled::Email);
    put(&mut p.url, &c.url, Filled::Url);
    put(&mut p.organisation, &c.organisation, Filled::Organisation);
    put(&mut p.role, &c.role, Filled::Role);
    put(&mut p.notes, &c.notes, Filled::Notes);
    if let Some(date) = c.connected_on.map(|d| d.min(today))
        && rules::met_earlier(p, date)
    {
        filled.push(Filled::FirstContact);
    }
    filled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
    }

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    fn contact(name: &str, email: &str, url: &str) -> Contact {
        Contact { name: name.into(), email: email.into(), url: url.into(), ..Default::default() }
    }

    fn workbook(people: Vec<Person>) -> Workbook {
        let mut wb = Workbook::default();
        let edit = people.into_iter().map(|p| Change::Put(Record::Person(p))).collect();
        wb.apply(edit).expect("people");
        wb
    }

    fn known(id: u64, name: &str, email: &str, url: &str) -> Person {
        Person { id: PersonId(id), name: name.into(), email: email.into(), url: url.into(), ..Default::default() }
    }

    fn imported(wb: &mut Workbook, contacts: &[Contact]) -> ImportPlan {
        let plan = plan(wb, contacts, today());
        wb.apply(plan.edit.clone()).expect("apply");
        plan
    }

    #[test]
    fn new_people_get_fresh_ids_and_everything_the_file_knows() {
        let mut wb = workbook(vec![known(7, "Kim", "", "")]);
        let c = Contact {
            phonetic: "さとう みさき".into(),
            organisation: "株式会社つながり".into(),
            role: "エンジニア".into(),
            connected_on: day(2024, 11, 12),
            ..contact(" 佐藤 美咲 ", "m@example.jp", "https://www.linkedin.com/in/misaki/")
        };
        let plan = imported(&mut wb, &[c]);
        assert_eq!((plan.added.len(), plan.updated.len(), plan.unchanged), (1, 0, 0));
        let p = &plan.added[0];
        assert_eq!(p.id, PersonId(8));
        assert_eq!(&*p.name, "佐藤 美咲");
        assert_eq!((&*p.phonetic, &*p.organisation, &*p.role), ("さとう みさき", "株式会社つながり", "エンジニア"));
        // A company is not a field, and nobody is known well from a file: no field, unrated.
        assert_eq!((&*p.field, p.tie), ("", crate::model::TieDimensions::default()));
        assert_eq!(p.first_contact, day(2024, 11, 12));
        assert_eq!(p.last_contact, None);
        assert_eq!(wb.people.get(PersonId(8)), Some(p));
        assert!(wb.new_ids().take::<u64>() > 8, "the counter moved past the new ids");
    }

    #[test]
    fn importing_the_same_contacts_again_adds_nobody() {
        let mut wb = Workbook::default();
        let contacts = [
            Contact { connected_on: day(2024, 1, 2), ..contact("Ana García", "", "https://linkedin.com/in/ana") },
            contact("田中 翔", "sho@example.com", ""),
            contact("鈴木 一郎", "", ""),
        ];
        let first = imported(&mut wb, &contacts);
        assert_eq!(first.added.len(), 3);
        let before = wb.clone();
        let again = plan(&wb, &contacts, today());
        assert_eq!((again.added.len(), again.updated.len(), again.unchanged), (0, 0, 3));
        assert!(again.edit.is_empty());
        assert_eq!(wb, before);
    }

    #[test]
    fn contacts_are_matched_as_they_will_be_stored() {
        // Found by the fuzzer: a NUL in a profile URL is dropped when the person is stored, so
        // the next import's raw URL differed on the same site, read as a namesake, and added
        // them again. A CR in a name became a line break after it was made one line.
        let mut wb = Workbook::default();
        let contacts = [
            contact("Aiko Abe", "", "https://www.linkedin.com/in\0/aiko-abe"),
            contact(" Ben\rHara\u{7}", "BEN@example.com\u{1b} ", ""),
            Contact { other_emails: vec!["\u{0}c@example.com".into()], ..contact("Chen\u{202e} Ono", "", "") },
        ];
        let first = imported(&mut wb, &contacts);
        let names: Vec<&str> = first.added.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Aiko Abe", "Ben Hara", "Chen Ono"]);
        assert_eq!(first.added[0].url.as_str(), "https://www.linkedin.com/in/aiko-abe");
        assert_eq!(first.added[1].email.as_str(), "BEN@example.com");
        let again = plan(&wb, &contacts, today());
        assert_eq!((again.added.len(), again.updated.len(), again.unchanged), (0, 0, 3));
        // A name of nothing but control characters is no name: not added as an empty one.
        let nameless = plan(&wb, &[contact("\u{1}\u{2}", "x@example.com", "")], today());
        assert!(nameless.added.is_empty() && nameless.edit.is_empty());
    }

    #[test]
    fn any_of_a_cards_addresses_finds_the_person() {
        let wb = workbook(vec![known(1, "Alice Smith", "alice@example.com", "")]);
        let card = Contact {
            other_emails: vec!["ALICE@example.com".into()],
            ..contact("Al Smith", "al.home@example.net", "")
        };
        let plan = plan(&wb, &[card], today());
        assert!(plan.added.is_empty(), "the work address is Alice's: {:?}", plan.added);
        assert_eq!(plan.updated.len() + plan.unchanged, 1);
    }

    #[test]
    fn matches_by_email_then_url_then_name() {
        let wb = workbook(vec![
            known(1, "Someone Else", "SHO@example.com", ""),
            known(2, "Misaki", "", "http://LinkedIn.com/in/misaki"),
            known(3, "佐藤美咲", "", ""),
            known(4, "Untouched", "", ""),
        ]);
        let plan = plan(
            &wb,
            &[
                Contact { organisation: "教育".into(), ..contact("田中 翔", " sho@EXAMPLE.com", "") },
                contact("Misaki Sato", "misaki@example.jp", "https://www.linkedin.com/in/misaki/"),
                Contact { phonetic: "さとう みさき".into(), ..contact("佐藤 美咲", "", "") },
            ],
            today(),
        );
        assert!(plan.added.is_empty(), "{:?}", plan.added);
        let filled: Vec<(u64, &[Filled])> = plan.updated.iter().map(|u| (u.person.id.0, &u.filled[..])).collect();
        assert_eq!(filled, [(1, &[Filled::Organisation][..]), (2, &[Filled::Email][..]), (3, &[Filled::Phonetic][..])]);
        assert_eq!(plan.unchanged, 0);
        assert_eq!(&*plan.updated[2].person.name, "佐藤美咲", "the name is never changed");
    }

    #[test]
    fn a_card_whose_addresses_find_two_people_goes_to_the_one_added_first() {
        // Found by the fuzzer: a card listing Chidi's address first and Sho's second joined Sho
        // (known by that address) on the first import; the next import found Chidi, added after
        // it by a later card, by the first address and filled him in.
        let mut wb = Workbook::default();
        let sho = contact("田中 翔", "sho@example.com", "");
        let both = Contact {
            other_emails: vec!["sho@example.com".into()],
            phonetic: "たなか しょう".into(),
            ..contact("Chidi Okafor", "chidi@example.ng", "")
        };
        let chidi = contact("Chidi Okafor", "chidi@example.ng", "");
        let contacts = [sho, both, chidi];
        let first = imported(&mut wb, &contacts);
        assert_eq!(first.added.len(), 2);
        assert_eq!(first.added[0].phonetic.as_str(), "たなか しょう");
        let again = plan(&wb, &contacts, today());
        assert!(again.edit.is_empty(), "{:?}", again.updated);
    }

    #[test]
    fn a_shared_home_page_does_not_make_two_people_with_their_own_emails_one() {
        // Found by the fuzzer: the second card matched the first by URL although its email
        // differed; re-importing then found it by email elsewhere and changed the workbook.
        let mut wb = Workbook::default();
        let contacts = [
            contact("Ana García", "ana@example.org", "https://acme.example"),
            Contact { notes: "board".into(), ..contact("鈴木 一郎", "ichiro@example.jp", "https://acme.example/") },
            contact("鈴木 一郎", "ichiro@example.jp", "https://www.linkedin.com/in/ichiro"),
            contact("Ana G.", "", "https://acme.example"),
        ];
        let first = imported(&mut wb, &contacts);
        let names: Vec<&str> = first.added.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ana García", "鈴木 一郎"], "a URL without a conflicting email still finds Ana");
        assert_eq!(first.added[1].notes.as_str(), "board");
        let again = plan(&wb, &contacts, today());
        assert!(again.edit.is_empty(), "{:?}", again.updated);
    }

    #[test]
    fn the_same_name_with_another_email_or_profile_on_the_same_site_is_someone_else() {
        let wb = workbook(vec![
            known(1, "田中 翔", "sho@a.example", ""),
            known(2, "田中 翔", "", "https://linkedin.com/in/sho-2"),
        ]);
        let plan = plan(
            &wb,
            &[
                contact("田中 翔", "sho@c.example", "https://www.linkedin.com/in/sho-3"),
                contact("田中 翔", "", "https://www.linkedin.com/in/sho-2/"),
            ],
            today(),
        );
        assert_eq!(plan.added.len(), 1);
        assert_eq!(&*plan.added[0].email, "sho@c.example");
        assert_eq!(plan.unchanged, 1, "the second row is person 2, by URL");
        // A home page and a LinkedIn profile do not conflict: the name finds person 2.
        let wb = workbook(vec![known(2, "田中 翔", "", "https://linkedin.com/in/sho-2")]);
        let home = Contact { organisation: "教育".into(), ..contact("田中 翔", "", "https://sho.example") };
        let plan = super::plan(&wb, &[home], today());
        assert!(plan.added.is_empty());
        assert_eq!(plan.updated[0].person.id, PersonId(2));
    }

    #[test]
    fn with_no_email_or_url_the_name_finds_the_first_of_several() {
        let wb = workbook(vec![known(1, "田中 翔", "", ""), known(2, "田中 翔", "", "")]);
        let plan = plan(&wb, &[Contact { organisation: "教育".into(), ..contact("田中 翔", "", "") }], today());
        assert_eq!(plan.updated[0].person.id, PersonId(1));
    }

    #[test]
    fn only_empty_fields_are_filled_and_an_earlier_first_contact_moves_back() {
        let typed = Person {
            field: "教育".into(),
            organisation: "Open Knowledge".into(),
            notes: "my own words".into(),
            first_contact: day(2025, 5, 1),
            ..known(1, "Ana García", "ana@example.org", "")
        };
        let wb = workbook(vec![typed]);
        let c = Contact {
            organisation: "Open Data Lab".into(),
            role: "Director".into(),
            notes: "Met in Lisbon".into(),
            phonetic: "".into(),
            connected_on: day(2023, 1, 3),
            ..contact("Ana García", "ANA@example.org", "https://linkedin.com/in/ana")
        };
        let plan = plan(&wb, std::slice::from_ref(&c), today());
        let u = &plan.updated[0];
        assert_eq!(u.filled, [Filled::Url, Filled::Role, Filled::FirstContact]);
        assert_eq!((&*u.person.field, &*u.person.organisation), ("教育", "Open Knowledge"), "typed stays");
        assert_eq!((&*u.person.role, &*u.person.notes), ("Director", "my own words"), "only the empty is filled");
        assert_eq!(&*u.person.email, "ana@example.org");
        assert_eq!(u.person.first_contact, day(2023, 1, 3));

        // A later date leaves the first contact alone.
        let later = Contact { connected_on: day(2026, 1, 1), ..c };
        let plan = super::plan(&wb, &[later], today());
        assert_eq!(plan.updated[0].filled, [Filled::Url, Filled::Role]);
        assert_eq!(plan.updated[0].person.first_contact, day(2025, 5, 1));
    }

    #[test]
    fn a_date_after_today_counts_as_today() {
        let c = Contact { connected_on: day(2026, 11, 25), ..contact("A", "", "") };
        let plan = plan(&Workbook::default(), &[c], today());
        assert_eq!(plan.added[0].first_contact, Some(today()));
    }

    #[test]
    fn a_person_listed_twice_in_one_file_is_added_once_with_both_rows_data() {
        let plan = plan(
            &Workbook::default(),
            &[
                contact("Kenji Watanabe", "kenji@example.com", ""),
                Contact { organisation: "Kaizen".into(), ..contact("KENJI WATANABE", "", "https://k.example") },
                contact("Somebody", "", "https://k.example/"),
            ],
            today(),
        );
        assert_eq!(plan.added.len(), 1, "{:?}", plan.added);
        let k = &plan.added[0];
        assert_eq!((&*k.email, &*k.url, &*k.organisation), ("kenji@example.com", "https://k.example", "Kaizen"));
        assert_eq!(plan.edit.len(), 1);
    }

    #[test]
    fn urls_normalise_scheme_www_case_and_trailing_slash() {
        assert_eq!(url_key("https://www.LinkedIn.com/in/sato/").as_deref(), Some("linkedin.com/in/sato"));
        assert_eq!(url_key("http://linkedin.com/in/sato").as_deref(), Some("linkedin.com/in/sato"));
        assert_eq!(url_key("linkedin.com/in/sato//").as_deref(), Some("linkedin.com/in/sato"));
        assert_eq!(url_key(" "), None);
    }

    #[test]
    fn no_contacts_plan_nothing() {
        assert_eq!(plan(&Workbook::default(), &[], today()), ImportPlan::default());
    }
}
