//! Colours and border characters as data. With `NO_COLOR` set, only bold, reverse and dim are
//! used. The ASCII border set exists because many Japanese terminals draw box-drawing characters
//! (East Asian "ambiguous" width) two cells wide, which breaks every frame.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

pub struct Theme {
    pub text: Style,
    pub title: Style,
    pub accent: Style,
    pub selected: Style,
    pub header: Style,
    pub dim: Style,
    pub warn: Style,
    pub error: Style,
    pub good: Style,
    pub border: border::Set<'static>,
}

pub const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Theme {
    pub fn new(no_color: bool, ascii: bool) -> Self {
        let border = if ascii { ASCII_BORDER } else { border::PLAIN };
        let bold = Style::new().add_modifier(Modifier::BOLD);
        if no_color {
            return Self {
                text: Style::new(),
                title: bold,
                accent: bold,
                selected: Style::new().add_modifier(Modifier::REVERSED),
                header: Style::new().add_modifier(Modifier::UNDERLINED),
                dim: Style::new().add_modifier(Modifier::DIM),
                warn: bold,
                error: bold,
                good: Style::new(),
                border,
            };
        }
        Self {
            text: Style::new(),
            title: bold.fg(Color::Cyan),
            accent: Style::new().fg(Color::Cyan),
            selected: Style::new().fg(Color::Black).bg(Color::Cyan),
            header: bold.fg(Color::Yellow),
            dim: Style::new().fg(Color::DarkGray),
            warn: Style::new().fg(Color::Yellow),
            error: bold.fg(Color::Red),
            good: Style::new().fg(Color::Green),
            border,
        }
    }

    /// The config file's colours over these (none under `NO_COLOR`).
    pub fn with(mut self, c: &crate::app::Colors, no_color: bool) -> Self {
        if no_color {
            return self;
        }
        let fg = |style: &mut Style, color: Option<Color>| {
            if let Some(color) = color {
                *style = style.fg(color);
            }
        };
        // The accent is the theme's main colour: titles and the selection follow it unless
        // they are given their own.
        fg(&mut self.text, c.text);
        fg(&mut self.title, c.title.or(c.accent));
        fg(&mut self.accent, c.accent);
        fg(&mut self.selected, c.selected_fg);
        if let Some(bg) = c.selected_bg.or(c.accent) {
            self.selected = self.selected.bg(bg);
        }
        fg(&mut self.header, c.header);
        fg(&mut self.dim, c.dim);
        fg(&mut self.warn, c.warn);
        fg(&mut self.error, c.error);
        fg(&mut self.good, c.good);
        self
    }
}
