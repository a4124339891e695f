//! Typing into forms: fields by kind, pre-filled values, the fields behind "more".

use super::*;
use crate::model::RecordKind;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn form() -> Form {
    Form::new(
        FormTarget::New(RecordKind::Tag),
        vec![
            Field::new(Key(0), "name", FieldKind::Line),
            Field::new(Key(1), "notes", FieldKind::Multi),
            Field::new(Key(2), "kind", FieldKind::Choice(vec!["a".into(), "b".into(), "c".into()])),
            Field::new(Key(3), "outside", FieldKind::Toggle),
        ],
    )
}

#[test]
fn typing_japanese_and_enter_moves_on_in_a_line_field_but_breaks_lines_in_multi() {
    let mut f = form();
    for c in "読書会".chars() {
        f.input(key(KeyCode::Char(c)));
    }
    f.input(key(KeyCode::Enter));
    assert_eq!((f.fields[0].value().as_str(), f.focus), ("読書会", 1));
    for c in "a".chars() {
        f.input(key(KeyCode::Char(c)));
    }
    f.input(key(KeyCode::Enter));
    f.input(key(KeyCode::Char('b')));
    assert_eq!(f.fields[1].value(), "a\nb");
    assert_eq!(f.focus, 1, "Enter stays in a multi-line field");
    assert!(f.changed());
}

#[test]
fn choices_cycle_and_toggles_switch() {
    let mut f = form();
    f.focus = 2;
    f.input(key(KeyCode::Left));
    assert_eq!(f.fields[2].choice, 2);
    f.input(key(KeyCode::Char(' ')));
    assert_eq!(f.fields[2].choice, 0);
    f.input(key(KeyCode::Char('l')));
    assert_eq!(f.fields[2].choice, 1);
    f.focus = 3;
    f.input(key(KeyCode::Char(' ')));
    assert!(f.fields[3].on);
    f.input(key(KeyCode::Char('x')));
    assert!(f.fields[3].on, "letters do nothing to a toggle");
}

#[test]
fn a_paste_into_a_line_field_stays_on_one_line() {
    let mut f = form();
    f.paste("一行目\n二行目");
    assert_eq!(f.fields[0].value(), "一行目 二行目");
    f.focus = 1;
    f.paste("x\ny");
    assert_eq!(f.fields[1].value(), "x\ny");
}

#[test]
fn a_number_field_just_reached_takes_the_typed_number_but_keeps_it_after_the_caret_moves() {
    let mut f = Form::new(
        FormTarget::New(RecordKind::Tag),
        vec![
            Field::new(Key(0), "name", FieldKind::Line),
            Field::new(Key(1), "n", FieldKind::Number { min: 0, max: 99 }).text("3"),
        ],
    );
    f.next_field();
    f.input(key(KeyCode::Char('4')));
    f.input(key(KeyCode::Char('2')));
    assert_eq!(f.fields[1].value(), "42");
    f.prev_field();
    f.next_field();
    f.input(key(KeyCode::End));
    f.input(key(KeyCode::Char('1')));
    assert_eq!(f.fields[1].value(), "421", "End first: the digit is added");
}

#[test]
fn an_untouched_form_is_unchanged() {
    let mut f = form();
    assert!(!f.changed());
    f.next_field();
    f.prev_field();
    assert!(!f.changed());
    f.input(key(KeyCode::Char('x')));
    f.input(key(KeyCode::Backspace));
    assert!(!f.changed(), "typing and erasing leaves it as it was");
}

#[test]
fn a_suggested_value_gives_way_to_typing_and_moving_the_caret_keeps_it() {
    let fields = || {
        vec![
            Field::new(Key(0), "date", FieldKind::Date).text("2026-11-27").suggested(),
            Field::new(Key(1), "text", FieldKind::Multi).starts(),
        ]
    };
    let mut f = Form::new(FormTarget::New(RecordKind::Output), fields());
    assert_eq!(f.focus, 1, "the focus starts on the field that matters");
    f.prev_field();
    assert!(f.selected());
    for c in "11/8".chars() {
        f.input(key(KeyCode::Char(c)));
    }
    assert_eq!(f.fields[0].value(), "11/8");
    let mut f = Form::new(FormTarget::New(RecordKind::Output), fields());
    f.prev_field();
    f.input(key(KeyCode::Left));
    f.input(key(KeyCode::Char('x')));
    assert_eq!(f.fields[0].value(), "2026-11-2x7", "the caret moved first: an edit");
    let mut f = Form::new(FormTarget::New(RecordKind::Output), fields());
    f.prev_field();
    f.input(key(KeyCode::Enter));
    f.prev_field();
    f.input(key(KeyCode::Backspace));
    assert_eq!(f.fields[0].value(), "", "passing through keeps the suggestion; Backspace clears it");
    let mut f = Form::new(FormTarget::New(RecordKind::Output), fields());
    f.prev_field();
    f.paste("2026-01-05");
    assert_eq!(f.fields[0].value(), "2026-01-05", "a paste replaces it too");
}

#[test]
fn a_scale_takes_a_digit_or_the_arrows_and_stays_in_its_levels() {
    let levels: Vec<String> = ["none", "low", "mid", "high", "top"].iter().map(|s| (*s).to_owned()).collect();
    let mut f =
        Form::new(FormTarget::New(RecordKind::Person), vec![Field::new(Key(0), "time", FieldKind::Scale(levels))]);
    f.input(key(KeyCode::Char('３')));
    assert_eq!(f.fields[0].choice, 3, "a full-width digit, as an input method types it");
    f.input(key(KeyCode::Right));
    f.input(key(KeyCode::Right));
    assert_eq!(f.fields[0].choice, 4, "the top is the top");
    f.input(key(KeyCode::Char('9')));
    assert_eq!(f.fields[0].choice, 4);
    f.input(key(KeyCode::Left));
    assert_eq!(f.fields[0].choice, 3);
    f.input(key(KeyCode::Char('0')));
    assert_eq!(f.fields[0].choice, 0);
}

#[test]
fn fields_behind_more_are_skipped_until_it_opens_and_keep_their_values() {
    let mut f = Form::new(
        FormTarget::New(RecordKind::Person),
        vec![
            Field::new(Key(0), "name", FieldKind::Line),
            Field::new(Key(1), "more", FieldKind::More),
            Field::new(Key(2), "reading", FieldKind::Line).text("よみ"),
        ],
    );
    assert!(!f.visible(2));
    f.next_field();
    f.next_field();
    assert_eq!(f.focus, 0, "Tab goes round the shown fields");
    f.next_field();
    f.input(key(KeyCode::Char(' ')));
    assert!(f.visible(2) && !f.changed(), "opening more is no change");
    f.input(key(KeyCode::Down));
    assert_eq!(f.focus, 2);
    f.focus_first_error();
    f.fields[2].error = Some("wrong".into());
    f.focus = 0;
    f.fields[1].on = false;
    assert!(f.focus_first_error() && f.visible(2) && f.focus == 2, "an error behind more opens it");
    assert_eq!(f.fields[2].value(), "よみ");
}
