//! The rules shared by every way of changing the workbook, held by random use: sequences of
//! adds through the command line (parsed by clap, planned by `commands::add`) and through the
//! forms (fields set by name, read by `forms::edit_from`), edits, deletions and re-rankings. After
//! every step the final values are ranked 1..n, values, tags and communities have names of their
//! own, and every link points at a record that exists.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use chrono::NaiveDate;
use clap::Parser;
use proptest::prelude::*;
use tsunagari::app::form::{Field, FieldName, Form};
use tsunagari::app::forms::{self, community, output, value};
use tsunagari::cli::{Cli, Command};
use tsunagari::commands;
use tsunagari::i18n::Lang;
use tsunagari::model::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

/// Names chosen to collide: the same word in other cases and with spaces around it.
const NAMES: &[&str] = &["自由", "freedom", " Freedom ", "学び", "読書会", "rust", "Rust", "家族"];

#[derive(Clone, Debug)]
enum Step {
    CliValue { name: usize, rank: Option<u16> },
    CliTag { name: usize },
    CliCommunity { name: usize, values: Vec<usize> },
    CliOutput { tags: Vec<usize> },
    FormValue { name: usize, rank: u16 },
    FormEditValue { which: usize, name: usize, rank: u16 },
    FormCommunity { name: usize, values: Vec<usize> },
    FormOutput { tags: Vec<usize> },
    Delete { which: usize },
    Rerank { which: usize, up: bool },
}

fn step() -> impl Strategy<Value = Step> {
    let name = 0..NAMES.len();
    let names = prop::collection::vec(0..NAMES.len(), 0..4);
    prop_oneof![
        (name.clone(), prop::option::of(1u16..7)).prop_map(|(name, rank)| Step::CliValue { name, rank }),
        name.clone().prop_map(|name| Step::CliTag { name }),
        (name.clone(), names.clone()).prop_map(|(name, values)| Step::CliCommunity { name, values }),
        names.clone().prop_map(|tags| Step::CliOutput { tags }),
        (name.clone(), 1u16..7).prop_map(|(name, rank)| Step::FormValue { name, rank }),
        (0..20usize, name.clone(), 1u16..7).prop_map(|(which, name, rank)| Step::FormEditValue { which, name, rank }),
        (name, names.clone()).prop_map(|(name, values)| Step::FormCommunity { name, values }),
        names.prop_map(|tags| Step::FormOutput { tags }),
        (0..40usize).prop_map(|which| Step::Delete { which }),
        (0..20usize, any::<bool>()).prop_map(|(which, up)| Step::Rerank { which, up }),
    ]
}

/// `tsunagari add ...` as the shell would pass it; a refusal changes nothing.
fn cli(wb: &mut Workbook, args: &[&str]) {
    let cli = Cli::try_parse_from(["tsunagari", "add"].iter().chain(args)).expect("arguments parse");
    let Some(Command::Add(add)) = cli.command else { panic!("not an add") };
    if let Ok((edit, _)) = commands::add::plan(wb, add, Lang::En, today()) {
        wb.apply(edit).expect("the rules' edit applies");
    }
}

/// Sets a field of a form by name, as typing would leave it.
fn set(form: &mut Form, name: impl FieldName, text: &str) {
    let f = form.field_mut(name).expect("the form has the field");
    *f = Field::clone(f).text(text);
}

/// Saves a form as Ctrl-s would; a refusal (fields marked) changes nothing.
fn save(wb: &mut Workbook, mut form: Form) {
    if let Some(edit) = forms::edit_from(&mut form, wb, Lang::En, today()) {
        wb.apply(edit).expect("the form's edit applies");
    }
}

fn joined(names: &[usize]) -> String {
    names.iter().map(|&i| NAMES[i].trim()).collect::<Vec<_>>().join(", ")
}

fn run(wb: &mut Workbook, s: &Step) {
    match s {
        Step::CliValue { name, rank } => {
            let rank = rank.map(|r| r.to_string());
            let mut args = vec!["value", NAMES[*name]];
            if let Some(r) = &rank {
                args.extend(["--rank", r]);
            }
            cli(wb, &args);
        }
        Step::CliTag { name } => cli(wb, &["tag", NAMES[*name]]),
        Step::CliCommunity { name, values } => {
            let mut args = vec!["community", NAMES[*name]];
            for v in values {
                args.extend(["--value", NAMES[*v]]);
            }
            cli(wb, &args);
        }
        Step::CliOutput { tags } => {
            let mut args = vec!["output", "a small output"];
            for t in tags {
                args.extend(["--tag", NAMES[*t]]);
            }
            cli(wb, &args);
        }
        Step::FormValue { name, rank } => {
            let mut form = forms::form_for(RecordKind::Value, None, wb, Lang::En, today());
            set(&mut form, value::F::Name, NAMES[*name]);
            set(&mut form, value::F::Rank, &rank.to_string());
            save(wb, form);
        }
        Step::FormEditValue { which, name, rank } => {
            let Some(v) = wb.ranked_values().get(which % wb.values.len().max(1)).map(|v| (*v).clone()) else {
                return;
            };
            let mut form = forms::form_for(RecordKind::Value, Some(&Record::Value(v)), wb, Lang::En, today());
            set(&mut form, value::F::Name, NAMES[*name]);
            set(&mut form, value::F::Rank, &rank.to_string());
            save(wb, form);
        }
        Step::FormCommunity { name, values } => {
            let mut form = forms::form_for(RecordKind::Community, None, wb, Lang::En, today());
            set(&mut form, community::F::Name, NAMES[*name]);
            set(&mut form, community::F::Values, &joined(values));
            save(wb, form);
        }
        Step::FormOutput { tags } => {
            let mut form = forms::form_for(RecordKind::Output, None, wb, Lang::En, today());
            set(&mut form, output::F::Text, "a note");
            set(&mut form, output::F::Tags, &joined(tags));
            save(wb, form);
        }
        Step::Delete { which } => {
            let all: Vec<RecordRef> = (1..wb.new_ids().take::<u64>()).filter_map(|n| wb.record_by_number(n)).collect();
            if let Some(&target) = all.get(which % all.len().max(1)) {
                let (edit, _) = rules::delete(wb, target);
                wb.apply(edit).expect("a deletion applies");
            }
        }
        Step::Rerank { which, up } => {
            let Some(id) = wb.ranked_values().get(which % wb.values.len().max(1)).map(|v| v.id) else { return };
            if let Some(edit) = rules::move_value(wb, id, *up, today()) {
                wb.apply(edit).expect("a re-ranking applies");
            }
        }
    }
}

fn check(wb: &Workbook, after: &Step) {
    let ranks: Vec<u16> = wb.ranked_values().iter().map(|v| v.rank).collect();
    let want: Vec<u16> = (1..=u16::try_from(ranks.len()).unwrap()).collect();
    assert_eq!(ranks, want, "ranks after {after:?}");
    let unique = |names: Vec<String>, kind: &str| {
        let keys: HashSet<String> = names.iter().map(|n| name_key(n)).collect();
        assert_eq!(keys.len(), names.len(), "{kind} names repeat after {after:?}: {names:?}");
    };
    unique(wb.values.iter().map(|v| v.name.to_string()).collect(), "value");
    unique(wb.tags.iter().map(|t| t.name.to_string()).collect(), "tag");
    unique(wb.communities.iter().map(|c| c.name.to_string()).collect(), "community");
    assert_eq!(wb.problems(), vec![], "links after {after:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_path_keeps_ranks_names_and_links(steps in prop::collection::vec(step(), 1..40)) {
        let mut wb = Workbook::default();
        for s in &steps {
            run(&mut wb, s);
            check(&wb, s);
        }
    }
}

#[test]
fn the_command_line_and_the_form_rank_a_new_value_alike() {
    let mut by_cli = Workbook::default();
    let mut by_form = Workbook::default();
    for wb in [&mut by_cli, &mut by_form] {
        for name in ["自由", "学び", "家族"] {
            cli(wb, &["value", name]);
        }
    }
    cli(&mut by_cli, &["value", "健康", "--rank", "2"]);
    let mut form = forms::form_for(RecordKind::Value, None, &by_form, Lang::En, today());
    set(&mut form, value::F::Name, "健康");
    set(&mut form, value::F::Rank, "2");
    save(&mut by_form, form);
    let order = |wb: &Workbook| wb.ranked_values().iter().map(|v| (v.name.to_string(), v.rank)).collect::<Vec<_>>();
    assert_eq!(order(&by_cli), order(&by_form));
    assert_eq!(order(&by_cli)[1], ("健康".to_owned(), 2));
}
