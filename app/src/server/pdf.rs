//! The PDF writer for text reports: A4 pages, a header on every page, word wrapping measured
//! with the real font's advance widths. The text is set in DejaVu Sans (regular and bold,
//! shipped in `app/fonts/` with its licence), embedded and subset by `krilla`, so every name
//! prints as written: Latin with all its extensions, Greek, Cyrillic, Vietnamese. Text is put in
//! Unicode normalisation form C first, so accents sent decomposed come out as one letter.

use std::sync::LazyLock;

use krilla::geom::{PathBuilder, Point, Rect};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, TextDirection};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use unicode_normalization::UnicodeNormalization;

use crate::error::AppError;

/// A4 in points.
const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 50.0;
const HEADER_SIZE: f32 = 8.0;
const LEADING: f32 = 1.3;

static REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// One font: what krilla embeds, and the tables that measure its text.
struct Face {
    font: Font,
    metrics: skrifa::metrics::GlyphMetrics<'static>,
    charmap: skrifa::charmap::Charmap<'static>,
}

impl Face {
    fn load(data: &'static [u8]) -> Self {
        let font = Font::new(data.into(), 0).expect("the bundled font is a TrueType font");
        let tables = FontRef::new(data).expect("the bundled font is a TrueType font");
        Face {
            font,
            metrics: tables.glyph_metrics(Size::new(1.0), LocationRef::default()),
            charmap: tables.charmap(),
        }
    }

    /// The width of `text` at `size` points: the sum of its glyphs' advances.
    fn width(&self, text: &str, size: f32) -> f32 {
        let em: f32 = text
            .chars()
            .map(|c| {
                let glyph = self.charmap.map(c).unwrap_or_default();
                self.metrics.advance_width(glyph).unwrap_or_default()
            })
            .sum();
        em * size
    }
}

static REGULAR_FACE: LazyLock<Face> = LazyLock::new(|| Face::load(REGULAR));
static BOLD_FACE: LazyLock<Face> = LazyLock::new(|| Face::load(BOLD));

/// A style of line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Title,
    Heading,
    Text,
    Small,
    /// The page header.
    Header,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Title => 16.0,
            Style::Heading => 12.0,
            Style::Text => 10.0,
            Style::Small => 9.0,
            Style::Header => HEADER_SIZE,
        }
    }

    fn face(self) -> &'static Face {
        match self {
            Style::Title | Style::Heading => &BOLD_FACE,
            Style::Text | Style::Small | Style::Header => &REGULAR_FACE,
        }
    }
}

/// One thing placed on a page, measured from the page's top left.
#[derive(Debug, Clone, PartialEq)]
enum Run {
    /// Text whose baseline is at `y`.
    Text { style: Style, x: f32, y: f32, text: String },
    /// A filled black square (a module of a QR code).
    Square { x: f32, y: f32, side: f32 },
}

/// A document being laid out, page by page.
pub struct Document {
    header: String,
    pages: Vec<Vec<Run>>,
    y: f32,
}

impl Document {
    /// A document whose every page starts with `header`.
    pub fn new(header: impl Into<String>) -> Self {
        let mut document = Document { header: header.into().nfc().collect(), pages: Vec::new(), y: 0.0 };
        document.start_page();
        document
    }

    /// Writes text in a style, wrapped to the page width and indented by `indent` points.
    pub fn line(&mut self, style: Style, indent: f32, text: &str) {
        let text: String = text.nfc().collect();
        let size = style.size();
        let width = PAGE_WIDTH - 2.0 * MARGIN - indent;
        for piece in wrap(&text, width, |piece| style.face().width(piece, size)) {
            if self.y + size * LEADING > PAGE_HEIGHT - MARGIN {
                self.page_break();
            }
            self.y += size * LEADING;
            self.place(style, MARGIN + indent, piece);
        }
    }

    /// A QR code of `content`, `side` points wide with its quiet zone, below the last line
    /// (on a new page when it does not fit). Errors: content too long for a QR code.
    pub fn qr_code(&mut self, content: &str, side: f32) -> Result<(), AppError> {
        let code = qrcode::QrCode::new(content.as_bytes()).map_err(|error| {
            tracing::error!(%error, "a QR code could not be made");
            AppError::Internal
        })?;
        // Four modules of quiet zone on each side, as the standard asks.
        let modules = code.width();
        let module = side / (modules + 8) as f32;
        if self.y + side > PAGE_HEIGHT - MARGIN {
            self.page_break();
        }
        let (left, top) = (MARGIN + 4.0 * module, self.y + 4.0 * module);
        for (index, color) in code.to_colors().into_iter().enumerate() {
            if color == qrcode::Color::Dark {
                let (x, y) = ((index % modules) as f32, (index / modules) as f32);
                self.push(Run::Square { x: left + x * module, y: top + y * module, side: module });
            }
        }
        self.y += side;
        Ok(())
    }

    /// Vertical space.
    pub fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// Ends the page; the next line starts a new one.
    pub fn page_break(&mut self) {
        self.start_page();
    }

    fn start_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN - 30.0;
        let width = PAGE_WIDTH - 2.0 * MARGIN;
        let header = self.header.clone();
        for piece in wrap(&header, width, |piece| REGULAR_FACE.width(piece, HEADER_SIZE)) {
            self.y += HEADER_SIZE * LEADING;
            self.place(Style::Header, MARGIN, piece);
        }
        self.y += 16.0;
    }

    fn place(&mut self, style: Style, x: f32, text: String) {
        self.push(Run::Text { style, x, y: self.y, text });
    }

    fn push(&mut self, run: Run) {
        if let Some(page) = self.pages.last_mut() {
            page.push(run);
        }
    }

    /// The finished file, the fonts subset to the glyphs it uses.
    pub fn finish(self) -> Result<Vec<u8>, AppError> {
        let mut pdf = krilla::Document::new();
        for runs in &self.pages {
            let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(AppError::Internal)?;
            let mut page = pdf.start_page_with(settings);
            let mut surface = page.surface();
            let mut squares = PathBuilder::new();
            for run in runs {
                match run {
                    Run::Text { style, x, y, text } => surface.draw_text(
                        Point::from_xy(*x, *y),
                        style.face().font.clone(),
                        style.size(),
                        text,
                        false,
                        TextDirection::Auto,
                    ),
                    Run::Square { x, y, side } => {
                        if let Some(square) = Rect::from_xywh(*x, *y, *side, *side) {
                            squares.push_rect(square);
                        }
                    }
                }
            }
            if let Some(path) = squares.finish() {
                surface.set_fill(Some(Fill::default()));
                surface.draw_path(&path);
            }
            surface.finish();
            page.finish();
        }
        pdf.finish().map_err(|error| {
            tracing::error!(?error, "writing a PDF failed");
            AppError::Internal
        })
    }
}

/// Splits text into lines no wider than `width` by words; a word wider than a line on its own
/// is cut where it must.
fn wrap(text: &str, width: f32, measure: impl Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if measure(&candidate) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if measure(&line) > width && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(run: &Run) -> Option<&str> {
        match run {
            Run::Text { text, .. } => Some(text.as_str()),
            Run::Square { .. } => None,
        }
    }

    fn texts(document: &Document) -> Vec<Vec<&str>> {
        document.pages.iter().map(|page| page.iter().filter_map(text).collect()).collect()
    }

    fn lowest(document: &Document) -> f32 {
        let bottom = |run: &Run| match run {
            Run::Text { y, .. } => *y,
            Run::Square { y, side, .. } => y + side,
        };
        document.pages.iter().flatten().map(bottom).fold(0.0, f32::max)
    }

    #[test]
    fn a_document_is_a_pdf_with_the_font_embedded_as_a_subset() {
        let mut document = Document::new("CVO Test · Groep");
        document.line(
            Style::Title,
            0.0,
            "Ayşe Yılmaz, Łukasz, Tomáš Šimek, Ștefan, Œdipe, Ελένη, Дмитрий, Nguyễn",
        );
        let bytes = document.finish().unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("/FontFile2"), "a TrueType font is embedded");
        assert!(text.contains("+DejaVuSans-Bold"), "as a subset");
        assert!(text.contains("/ToUnicode"), "with its text recoverable");
        assert!(bytes.len() < 100_000, "subset, not the whole font: {} bytes", bytes.len());
    }

    #[test]
    fn decomposed_accents_are_laid_out_composed() {
        let mut document = Document::new("Kop");
        document.line(Style::Text, 0.0, "He\u{301}le\u{300}ne Toma\u{301}s\u{30c}");
        assert_eq!(texts(&document)[0][1], "Hélène Tomáš");
    }

    #[test]
    fn every_glyph_of_the_names_is_in_the_font() {
        for face in [&*REGULAR_FACE, &*BOLD_FACE] {
            for c in "ĞğİışŞŁłŒœȘșȚțČčŠšŽžŘřĚěŮůÆæØøÅåÇçÑñ ΑΒΓαβγΩω АБВабвЖжЯяЁё ĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẦầẪẫỆệỮữ"
                .chars()
            {
                assert!(c == ' ' || face.charmap.map(c).is_some(), "{c} is in the font");
            }
        }
    }

    #[test]
    fn lines_wrap_at_the_measured_width_of_the_real_font() {
        let face = &*REGULAR_FACE;
        assert!(face.width("WWWW", 10.0) > 2.0 * face.width("iiii", 10.0));
        let measure = |text: &str| face.width(text, 10.0);
        let width = measure("een twee");
        assert_eq!(wrap("een twee drie", width, measure), ["een twee", "drie"]);
        assert_eq!(wrap("", width, measure), [""]);
        let long = "x".repeat(40);
        let pieces = wrap(&long, measure("xxxxxxxxxx"), measure);
        assert_eq!(pieces.len(), 4, "{pieces:?}");
        assert!(pieces.iter().all(|piece| measure(piece) <= measure("xxxxxxxxxx")));
    }

    #[test]
    fn a_qr_code_is_drawn_as_dark_squares_within_its_side_and_the_page() {
        let mut document = Document::new("kop");
        document.line(Style::Text, 0.0, "Scan de code");
        let above = document.y;
        document.qr_code("https://vaardig.test/wachtwoord-kiezen/abc", 120.0).unwrap();
        let squares: Vec<(f32, f32, f32)> = document.pages[0]
            .iter()
            .filter_map(|run| match run {
                Run::Square { x, y, side } => Some((*x, *y, *side)),
                Run::Text { .. } => None,
            })
            .collect();
        // A version 3 code (29 modules) plus 8 modules of quiet zone: 37 modules in 120 points.
        let module = 120.0 / 37.0;
        assert!(squares.len() > 200, "{} dark modules", squares.len());
        assert!(squares.iter().all(|(_, _, side)| (*side - module).abs() < 1e-3));
        assert!(squares
            .iter()
            .all(|(x, y, _)| *x >= MARGIN + 4.0 * module - 1e-3 && *y >= above + 4.0 * module - 1e-3));
        assert!(squares
            .iter()
            .all(|(x, y, side)| x + side <= MARGIN + 120.0 && y + side <= above + 120.0 + 1e-3));
        assert_eq!(document.y, above + 120.0);
        assert!(document.finish().unwrap().starts_with(b"%PDF-"));
    }

    #[test]
    fn long_text_fills_further_pages_each_with_the_header() {
        let mut document = Document::new("kop");
        for n in 0..200 {
            document.line(
                Style::Text,
                0.0,
                &format!("Regel {n} met een tekst die lang genoeg is om te passen"),
            );
        }
        let pages = texts(&document);
        assert!(pages.len() >= 3);
        assert!(pages.iter().all(|page| page[0] == "kop"), "a header on every page");
        assert!(lowest(&document) <= PAGE_HEIGHT - MARGIN);
        assert!(document.finish().is_ok());
    }
}
