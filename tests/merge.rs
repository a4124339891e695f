//! Merging two copies of a workbook: through the command line (both ways, the same records), as
//! git's merge driver in a real repository, as a property of random edits on both sides, and in
//! the app, started beside a Syncthing conflict file.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use common::tty::Tty;
use common::*;
use portable_pty::CommandBuilder;
use proptest::prelude::*;
use tsunagari::model::merge::{self, Side};
use tsunagari::model::{Change, Record, RecordRef, Tag, TagId, Text, Workbook, rules};

fn ok(file: &Path, args: &[&str]) {
    let o = run(file, args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
}

/// Every record of a kind by what it says, without ids (which side got fresh ids differs).
fn records_without_ids(file: &Path, kind: &str) -> Vec<String> {
    let list = json(file, kind);
    let mut out: Vec<String> = list
        .as_array()
        .expect("a list")
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r.as_object_mut().expect("a record").remove("id");
            r.to_string()
        })
        .collect();
    out.sort();
    out
}

fn merge_cmd(dir: &Path, base: &Path, ours: &Path, theirs: &Path) -> std::process::Output {
    let mut c = cmd(&dir.join("unused.ron"));
    c.args(["merge"]).arg(base).arg(ours).arg(theirs).output().expect("run merge")
}

#[test]
fn two_copies_edited_on_the_command_line_merge_to_the_same_records_both_ways() {
    let (dir, base) = temp_workbook();
    ok(&base, &["add", "community", "朝活読書会"]);
    ok(&base, &["add", "person", "佐藤 美咲", "--met-in", "朝活読書会"]);
    let (ours, theirs) = (dir.path().join("ours.ron"), dir.path().join("theirs.ron"));
    std::fs::copy(&base, &ours).unwrap();
    std::fs::copy(&base, &theirs).unwrap();
    // Both sides take the next ids for different records.
    ok(&ours, &["add", "person", "田中 一郎", "--met-in", "朝活読書会"]);
    ok(&ours, &["add", "tag", "Rust"]);
    ok(&theirs, &["add", "community", "山歩きの会"]);
    ok(&theirs, &["add", "person", "鈴木 花子", "--met-in", "山歩きの会"]);
    ok(&theirs, &["add", "output", "LT をした", "--tag", "発表"]);

    let (one, two) = (dir.path().join("one.ron"), dir.path().join("two.ron"));
    std::fs::copy(&ours, &one).unwrap();
    std::fs::copy(&theirs, &two).unwrap();
    let a = merge_cmd(dir.path(), &base, &one, &theirs);
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert!(stdout(&a).contains("merged"), "{}", stdout(&a));
    let b = merge_cmd(dir.path(), &base, &two, &ours);
    assert_eq!(b.status.code(), Some(0), "{}", stderr(&b));
    ok(&one, &["check"]);
    ok(&two, &["check"]);
    for kind in ["communities", "tags", "outputs"] {
        assert_eq!(records_without_ids(&one, kind), records_without_ids(&two, kind), "{kind}");
    }
    // People link to communities by id: compare them by the community's name.
    let people = |file: &Path| {
        let communities: BTreeMap<u64, String> = json(file, "communities")
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["id"].as_u64().unwrap(), c["name"].as_str().unwrap().to_owned()))
            .collect();
        let mut out: Vec<(String, String)> = json(file, "people")
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let met = p["met_in"].as_u64().map(|id| communities[&id].clone()).unwrap_or_default();
                (p["name"].as_str().unwrap().to_owned(), met)
            })
            .collect();
        out.sort();
        out
    };
    assert_eq!(people(&one), people(&two));
    assert_eq!(people(&one).len(), 3);
    assert!(people(&one).contains(&("鈴木 花子".into(), "山歩きの会".into())), "links follow fresh ids");
    // Not only the same records: the same ids, so a later merge of the two results finds them
    // to be the same records (no doubles).
    for kind in ["communities", "people", "tags", "outputs"] {
        assert_eq!(json(&one, kind), json(&two, kind), "{kind} under the same ids both ways");
    }
    let c = merge_cmd(dir.path(), &base, &one, &two);
    assert_eq!(c.status.code(), Some(0), "{}", stderr(&c));
    assert_eq!(json(&one, "people").as_array().unwrap().len(), 3, "a merge of the two merges adds no doubles");
}

#[test]
fn a_damaged_copy_is_refused_and_nothing_is_written() {
    let (dir, base) = temp_workbook();
    ok(&base, &["add", "tag", "Rust"]);
    let ours = dir.path().join("ours.ron");
    std::fs::copy(&base, &ours).unwrap();
    let theirs = dir.path().join("theirs.ron");
    std::fs::write(&theirs, "(version: 1, tags: [(id: 1, name: \"x\"").unwrap();
    let before = std::fs::read(&ours).unwrap();
    let o = merge_cmd(dir.path(), &base, &ours, &theirs);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("theirs.ron"), "names the file: {}", stderr(&o));
    assert_eq!(std::fs::read(&ours).unwrap(), before);
}

fn git(repo: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .current_dir(repo)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repo)
        .env("LANG", "C.UTF-8")
        .env("TSUNAGARI_TODAY", "2026-11-24")
        .env("XDG_STATE_HOME", "/nonexistent/tsunagari-tests")
        .env("TSUNAGARI_CONFIG", "/dev/null")
        .output()
        .expect("git runs")
}

fn git_ok(repo: &Path, args: &[&str]) {
    let o = git(repo, args);
    assert!(o.status.success(), "git {args:?}: {}{}", stdout(&o), stderr(&o));
}

#[test]
fn the_driver_merges_a_real_git_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    let file = repo.join("workbook.ron");
    git_ok(repo, &["init", "-q", "-b", "main"]);
    git_ok(repo, &["config", "user.email", "t@example.com"]);
    git_ok(repo, &["config", "user.name", "t"]);
    git_ok(repo, &["config", "merge.tsunagari.name", "tsunagari workbook"]);
    git_ok(repo, &["config", "merge.tsunagari.driver", &format!("{BIN} merge %O %A %B --name %P")]);
    std::fs::write(repo.join(".gitattributes"), "workbook.ron merge=tsunagari\n").unwrap();
    ok(&file, &["add", "person", "佐藤 美咲", "--notes", "base"]);
    git_ok(repo, &["add", "."]);
    git_ok(repo, &["commit", "-qm", "base"]);
    git_ok(repo, &["checkout", "-qb", "laptop"]);
    ok(&file, &["add", "person", "田中 一郎"]);
    git_ok(repo, &["commit", "-qam", "laptop"]);
    git_ok(repo, &["checkout", "-q", "main"]);
    ok(&file, &["add", "person", "鈴木 花子"]);
    git_ok(repo, &["commit", "-qam", "desktop"]);
    // Both added a person at the same place in the file (and the same id): a textual conflict.
    let o = git(repo, &["merge", "--no-edit", "laptop"]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    let names: Vec<String> =
        json(&file, "people").as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_owned()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    for n in ["佐藤 美咲", "田中 一郎", "鈴木 花子"] {
        assert!(names.contains(&n.to_owned()), "{n} in {names:?}");
    }
    ok(&file, &["check"]);
    // A field changed differently on both sides: exit 1, the conflict kept and reported.
    let text = std::fs::read_to_string(&file).unwrap();
    git_ok(repo, &["checkout", "-qb", "other"]);
    std::fs::write(&file, text.replace("notes: \"base\"", "notes: \"laptop\"")).unwrap();
    git_ok(repo, &["commit", "-qam", "laptop notes"]);
    git_ok(repo, &["checkout", "-q", "main"]);
    std::fs::write(&file, text.replace("notes: \"base\"", "notes: \"desktop\"")).unwrap();
    git_ok(repo, &["commit", "-qam", "desktop notes"]);
    let o = git(repo, &["merge", "--no-edit", "other"]);
    assert!(!o.status.success(), "a conflict is left for the person");
    // The driver names the workbook, never git's temporary files.
    let said = format!("{}{}", stdout(&o), stderr(&o));
    assert!(said.contains("workbook.ron: merged, one conflict"), "{said}");
    assert!(!said.contains(".merge_file"), "{said}");
    // check says it, and does not pass: only the person can settle it.
    let check = run(&file, &["check"]);
    assert_eq!(check.status.code(), Some(1), "{}", stdout(&check));
    assert!(stderr(&check).contains("conflict") && stderr(&check).contains("laptop"), "{}", stderr(&check));
}

/// A damaged side is refused (exit 2, nothing written), and with `--name` the message names the
/// workbook and the side instead of git's temporary file.
#[test]
fn a_damaged_side_is_refused_by_the_name_git_gives() {
    let (dir, base) = temp_workbook();
    ok(&base, &["add", "person", "佐藤 美咲"]);
    let (ours, theirs) = (dir.path().join(".merge_file_a1"), dir.path().join(".merge_file_b2"));
    std::fs::copy(&base, &ours).unwrap();
    std::fs::write(&theirs, "(version: 1, people: [(id: 1, name: \"x\"").unwrap();
    let before = std::fs::read(&ours).unwrap();
    let mut c = cmd(&dir.path().join("unused.ron"));
    let o =
        c.args(["merge"]).arg(&base).arg(&ours).arg(&theirs).args(["--name", "notes/workbook.ron"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let said = stderr(&o);
    assert!(said.contains("notes/workbook.ron (the branch merged in)"), "{said}");
    assert!(!said.contains(".merge_file"), "{said}");
    assert_eq!(std::fs::read(&ours).unwrap(), before, "nothing written");
}

// --- The property: random edits on both sides.

#[derive(Clone, Debug)]
enum Op {
    AddTag(String),
    Rename(usize, String),
    Note(usize, String),
    Delete(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let word = prop::sample::select(vec!["a", "b", "c", "読書", "山"]).prop_map(str::to_owned);
    prop_oneof![
        word.clone().prop_map(Op::AddTag),
        (0usize..8, word.clone()).prop_map(|(i, w)| Op::Rename(i, w)),
        (0usize..8, word).prop_map(|(i, w)| Op::Note(i, w)),
        (0usize..8).prop_map(Op::Delete),
    ]
}

fn base_workbook() -> Workbook {
    let mut wb = Workbook::default();
    for (i, name) in ["一", "二", "三", "四"].iter().enumerate() {
        let id = i as u64 + 1;
        let tag = Tag { id: TagId(id), name: Text::from(*name), ..Default::default() };
        wb.apply(vec![Change::Put(Record::Tag(tag))]).unwrap();
    }
    wb.normalise();
    wb
}

fn edit(wb: &mut Workbook, ops: &[Op]) {
    for op in ops {
        let ids: Vec<TagId> = wb.tags.iter().map(|t| t.id).collect();
        let pick = |i: usize| (!ids.is_empty()).then(|| ids[i % ids.len()]);
        let change = match op {
            Op::AddTag(name) => {
                let id = wb.new_ids().take::<TagId>();
                Some(vec![Change::Put(Record::Tag(Tag { id, name: Text::from(name.as_str()), ..Default::default() }))])
            }
            Op::Rename(i, name) => pick(*i).map(|id| {
                let mut t = wb.tags.get(id).unwrap().clone();
                t.name = Text::from(name.as_str());
                vec![Change::Put(Record::Tag(t))]
            }),
            Op::Note(i, note) => pick(*i).map(|id| {
                let mut t = wb.tags.get(id).unwrap().clone();
                t.description = Text::from(note.as_str());
                vec![Change::Put(Record::Tag(t))]
            }),
            Op::Delete(i) => pick(*i).map(|id| rules::delete(wb, RecordRef::Tag(id)).0),
        };
        if let Some(change) = change {
            wb.apply(change).unwrap();
        }
    }
}

/// The records as a multiset, ids left out and a conflicted field's value made the same whichever
/// side was "ours".
fn normal(wb: &Workbook) -> Vec<String> {
    let mut out: Vec<String> = wb
        .tags
        .iter()
        .map(|t| {
            let mut v = serde_json::to_value(t).unwrap();
            let o = v.as_object_mut().unwrap();
            o.remove("id");
            for c in wb.conflicts.iter().filter(|c| c.record == RecordRef::Tag(t.id)) {
                let pair = [c.ours.to_string(), c.theirs.to_string()];
                let low = pair.iter().min().unwrap().clone();
                o.insert(c.field.clone(), serde_json::Value::String(format!("conflict {low}")));
            }
            v.to_string()
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_edits_merge_deterministically_and_lose_nothing(
        ours_ops in prop::collection::vec(op(), 0..8),
        theirs_ops in prop::collection::vec(op(), 0..8),
    ) {
        let base = base_workbook();
        let mut ours = base.clone();
        edit(&mut ours, &ours_ops);
        let mut theirs = base.clone();
        edit(&mut theirs, &theirs_ops);

        let m = merge::merge(&base, &ours, &theirs);
        prop_assert!(m.workbook.problems().is_empty());
        // Deterministic: the same inputs give the same output, and the other order the same records.
        prop_assert_eq!(&merge::merge(&base, &ours, &theirs).workbook, &m.workbook);
        let swapped = merge::merge(&base, &theirs, &ours);
        prop_assert_eq!(normal(&m.workbook), normal(&swapped.workbook));
        // merge(b, x, x) = x.
        prop_assert_eq!(&merge::merge(&base, &ours, &ours).workbook, &ours);
        // Nothing lost: every record either side added is there, and every record one side
        // changed is there unless the other side deleted it untouched... which it cannot be.
        // Nothing lost: every record either side added or changed is there (under a fresh id
        // if theirs' clashed with ours').
        for (side, is_theirs) in [(&ours, false), (&theirs, true)] {
            for t in side.tags.iter() {
                if base.tags.get(t.id) == Some(t) {
                    continue;
                }
                let r = RecordRef::Tag(t.id);
                let moved = m.report.renumbered.iter().find(|(old, _)| is_theirs && *old == r).map(|(_, new)| *new);
                prop_assert!(m.workbook.contains(moved.unwrap_or(r)), "{:?} lost", t);
            }
        }
        prop_assert!(m.workbook.next_id > m.workbook.tags.iter().map(|t| t.id.0).max().unwrap_or(0));
        // Every conflict can be settled either way, and leaves a valid workbook.
        if !m.workbook.conflicts.is_empty() {
            for side in [Side::Ours, Side::Theirs] {
                let mut wb = m.workbook.clone();
                wb.apply(merge::resolve(&m.workbook, 0, side).unwrap()).unwrap();
                prop_assert_eq!(wb.conflicts.len(), m.workbook.conflicts.len() - 1);
            }
        }
    }
}

// --- The app beside a Syncthing conflict file.

fn on_machine(file: &Path, state: &Path, args: &[&str]) {
    let o = cmd(file).env("XDG_STATE_HOME", state).args(args).output().expect("run");
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
}

#[test]
fn the_app_merges_a_syncthing_conflict_file_and_saves_it() {
    let dir = tempfile::tempdir().unwrap();
    let (laptop, desktop) = (dir.path().join("laptop-state"), dir.path().join("desktop-state"));
    let folder = dir.path().join("Sync");
    std::fs::create_dir(&folder).unwrap();
    let file = folder.join("workbook.ron");
    // The laptop starts the workbook; the desktop gets it and adds someone the laptop never sees.
    on_machine(&file, &laptop, &["add", "community", "朝活読書会"]);
    on_machine(&file, &laptop, &["add", "person", "佐藤 美咲"]);
    let desktop_copy = dir.path().join("desktop.ron");
    std::fs::copy(&file, &desktop_copy).unwrap();
    on_machine(&desktop_copy, &desktop, &["add", "person", "鈴木 花子"]);
    // Meanwhile the laptop deletes nothing but adds a tag; Syncthing keeps the desktop's copy
    // aside.
    on_machine(&file, &laptop, &["add", "tag", "Rust"]);
    let conflict = folder.join("workbook.sync-conflict-20261124-101010-DESKTOP.ron");
    std::fs::rename(&desktop_copy, &conflict).unwrap();

    let open = || {
        let mut c = CommandBuilder::new(BIN);
        c.args(["--file", file.to_str().unwrap(), "--lang", "en"]);
        c.env("XDG_STATE_HOME", &laptop);
        Tty::spawn_command(c, 100, 24)
    };
    // Merged, then taken back with u: the other copy's changes are not lost, its file stays.
    let mut tty = open();
    tty.wait_for("Overview:");
    tty.wait_for("merged workbook.sync-conflict");
    tty.send("u");
    tty.wait_for("Undone");
    tty.send("q");
    assert!(tty.wait_exit(), "the app exited with an error");
    assert!(conflict.exists(), "a merge taken back leaves its conflict file");
    assert_eq!(json(&file, "people").as_array().unwrap().len(), 1, "the undone merge is not saved");

    // Merged and kept: the file goes when the app closes; the message log keeps what came in.
    let mut tty = open();
    tty.wait_for("Overview:");
    tty.wait_for("merged workbook.sync-conflict");
    tty.send("m");
    tty.wait_for("1 new");
    assert!(!tty.text().contains("no earlier version"), "merged against the real ancestor, not as a union");
    tty.send("\x1b");
    tty.send("q");
    assert!(tty.wait_exit(), "the app exited with an error");
    assert!(!conflict.exists(), "the conflict file goes once the merge is saved");
    let names: Vec<String> =
        json(&file, "people").as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_owned()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.contains(&"鈴木 花子".to_owned()));
    assert_eq!(json(&file, "tags").as_array().unwrap().len(), 1, "the laptop's tag stays");
}

/// In the app, `T` on the record takes the other copy's value, `O` keeps this one's; each is one
/// edit that `u` takes back, and a settled record loses its mark.
#[test]
fn conflicts_are_settled_in_the_app_with_o_and_t_and_undone_with_u() {
    use tsunagari::app::{Action, App, Tab};
    let base = base_workbook();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    for (wb, note, name) in [(&mut ours, "こちら", "一・改"), (&mut theirs, "あちら", "一・新")] {
        let mut t = wb.tags.get(TagId(1)).unwrap().clone();
        t.description = Text::from(note);
        t.name = Text::from(name);
        wb.apply(vec![Change::Put(Record::Tag(t))]).unwrap();
    }
    let merged = merge::merge(&base, &ours, &theirs).workbook;
    assert_eq!(merged.conflicts.len(), 2, "the name and the description");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut a = App::with_workbook(merged, "/tmp/w.ron".into(), tsunagari::i18n::Lang::Ja, today);
    a.update(Action::GoTab(Tab::Outputs));
    a.update(Action::NextPane); // the tags
    while a.selected_row() != Some(tsunagari::app::rows::Row::Record(RecordRef::Tag(TagId(1)))) {
        a.update(Action::Down);
    }
    a.update(Action::TakeTheirs);
    let tag = |a: &App| a.session.wb.tags.get(TagId(1)).unwrap().clone();
    assert_eq!(a.session.wb.conflicts.len(), 1, "one settled, one left");
    let settled_theirs = tag(&a).name.as_str() == "一・新" || tag(&a).description.as_str() == "あちら";
    assert!(settled_theirs, "T took the other copy's value: {:?}", tag(&a));
    a.update(Action::KeepOurs);
    assert!(a.session.wb.conflicts.is_empty());
    a.update(Action::Undo);
    a.update(Action::Undo);
    assert_eq!(a.session.wb.conflicts.len(), 2, "u takes both back");
    assert_eq!((tag(&a).name.as_str(), tag(&a).description.as_str()), ("一・改", "こちら"), "ours meanwhile");
}

/// The detail of a conflicted record is where both values are shown: `O` and `T` work there too
/// (the keys the person reads about), and nowhere else an overlay hides the record.
#[test]
fn o_and_t_settle_from_the_records_detail_but_not_from_the_help() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use tsunagari::app::{Action, App, Tab};
    let base = base_workbook();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    for (wb, note) in [(&mut ours, "こちら"), (&mut theirs, "あちら")] {
        let mut t = wb.tags.get(TagId(1)).unwrap().clone();
        t.description = Text::from(note);
        wb.apply(vec![Change::Put(Record::Tag(t))]).unwrap();
    }
    let merged = merge::merge(&base, &ours, &theirs).workbook;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut a = App::with_workbook(merged, "/tmp/w.ron".into(), tsunagari::i18n::Lang::En, today);
    a.update(Action::GoTab(Tab::Outputs));
    a.update(Action::NextPane);
    while a.selected_row() != Some(tsunagari::app::rows::Row::Record(RecordRef::Tag(TagId(1)))) {
        a.update(Action::Down);
    }
    let t = KeyEvent::new(KeyCode::Char('T'), KeyModifiers::SHIFT);
    // On another record, T changes nothing and says where the conflict is.
    a.update(Action::Down);
    assert_ne!(a.selected_row(), Some(tsunagari::app::rows::Row::Record(RecordRef::Tag(TagId(1)))));
    a.update(Action::TakeTheirs);
    assert_eq!(a.session.wb.conflicts.len(), 1, "nothing settled on a record not in view");
    assert!(
        a.message.as_deref().is_some_and(|m| m.contains("no conflict on this record") && m.contains("一")),
        "{:?}",
        a.message
    );
    a.update(Action::Up);
    a.update(Action::Help);
    assert_eq!(a.action_for(&t), None, "the help hides the record: T does nothing there");
    a.update(Action::Close);
    a.update(Action::Open);
    let action = a.action_for(&t).expect("T is bound in the detail");
    a.update(action);
    assert!(a.session.wb.conflicts.is_empty(), "settled from the detail");
    assert_eq!(a.session.wb.tags.get(TagId(1)).unwrap().description.as_str(), "あちら");
    assert!(a.overlay.is_some(), "the detail stays open on the settled record");
}

/// A hand edit counts no save: the edited file has the vector of the version it was made from.
/// Merged later with a copy saved from that version, the base must be the version saved, not
/// the hand-edited one kept when it was next opened, or the edit would be undone.
#[test]
fn a_hand_edit_survives_the_merge_of_a_copy_saved_from_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let file = dir.path().join("w.ron");
    on_machine(&file, &state, &["add", "person", "Frank Mori", "--notes", "hi"]);
    // The app, open on that version, saves its change elsewhere (here: a copy saved by the
    // same machine, then set aside as tsunagari's own conflict copy).
    let other = dir.path().join("other.ron");
    std::fs::copy(&file, &other).unwrap();
    on_machine(&other, &state, &["add", "tag", "from-the-app"]);
    // Meanwhile the file is edited by hand.
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("notes: \"hi\"", "notes: \"edited outside\"")).unwrap();
    on_machine(&file, &state, &["list", "people"]);
    std::fs::rename(&other, dir.path().join("w.conflict-20261128-010101-000.ron")).unwrap();
    on_machine(&file, &state, &["add", "tag", "next"]);
    let people = json(&file, "people");
    assert_eq!(people[0]["notes"], "edited outside", "the hand edit stays: {people}");
    let tags: Vec<String> =
        json(&file, "tags").as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap().to_owned()).collect();
    assert_eq!(tags, ["from-the-app", "next"], "the set-aside copy's change came in");
}

/// A conflict file merged before (the app killed before it could remove it, or a sync tool
/// bringing it back) is recognised by its versions: nothing is merged twice, and it goes.
#[test]
fn a_conflict_file_already_merged_is_not_merged_twice() {
    let dir = tempfile::tempdir().unwrap();
    let (laptop, desktop) = (dir.path().join("laptop"), dir.path().join("desktop"));
    let file = dir.path().join("w.ron");
    on_machine(&file, &laptop, &["add", "person", "佐藤 美咲"]);
    let other = dir.path().join("other.ron");
    std::fs::copy(&file, &other).unwrap();
    on_machine(&other, &desktop, &["add", "person", "鈴木 花子"]);
    on_machine(&file, &laptop, &["add", "tag", "Rust"]);
    let conflict = dir.path().join("w.sync-conflict-20261128-101010-DESKTOP.ron");
    std::fs::copy(&other, &conflict).unwrap();
    on_machine(&file, &laptop, &["add", "tag", "Go"]);
    assert!(!conflict.exists(), "merged and removed");
    let before = std::fs::read_to_string(&file).unwrap();
    std::fs::copy(&other, &conflict).unwrap(); // back again
    let o = cmd(&file).env("XDG_STATE_HOME", &laptop).args(["--lang", "en", "list", "people"]).output().unwrap();
    assert!(stderr(&o).contains("conflict file"), "a read-only command says it waits: {}", stderr(&o));
    let check = cmd(&file).env("XDG_STATE_HOME", &laptop).args(["--lang", "en", "check"]).output().unwrap();
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stdout(&check).contains("0 new, 0 changed"), "{}", stdout(&check));
    on_machine(&file, &laptop, &["add", "tag", "Zig"]);
    assert!(!conflict.exists(), "an already merged file goes once the workbook is saved");
    assert_eq!(json(&file, "people").as_array().unwrap().len(), 2);
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(after.contains("Zig") && before.contains("鈴木 花子"));
}
