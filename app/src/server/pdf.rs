//! A small PDF writer for text reports: A4 pages, Helvetica in regular and bold (the standard
//! fonts every PDF reader has, so nothing is embedded), word wrapping, a header line on every
//! page. Text is encoded as Windows-1252, which covers Dutch and French.

/// A4 in points.
const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 50.0;
const HEADER_SIZE: f32 = 8.0;

/// A document being written, page by page.
pub struct Document {
    header: String,
    pages: Vec<String>,
    page: String,
    y: f32,
}

/// A style of line.
#[derive(Debug, Clone, Copy)]
pub enum Style {
    Title,
    Heading,
    Text,
    Small,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Title => 16.0,
            Style::Heading => 12.0,
            Style::Text => 10.0,
            Style::Small => 9.0,
        }
    }

    fn font(self) -> &'static str {
        match self {
            Style::Title | Style::Heading => "F2",
            Style::Text | Style::Small => "F1",
        }
    }
}

impl Document {
    /// A document whose every page starts with `header`.
    pub fn new(header: impl Into<String>) -> Self {
        let mut document = Document { header: header.into(), pages: Vec::new(), page: String::new(), y: 0.0 };
        document.start_page();
        document
    }

    /// Writes text in a style, wrapped to the page width and indented by `indent` points.
    pub fn line(&mut self, style: Style, indent: f32, text: &str) {
        let size = style.size();
        let width = PAGE_WIDTH - 2.0 * MARGIN - indent;
        for piece in wrap(text, width, size) {
            if self.y - size * 1.3 < MARGIN {
                self.page_break();
            }
            self.y -= size * 1.3;
            self.text_at(style.font(), size, MARGIN + indent, self.y, &piece);
        }
    }

    /// Vertical space.
    pub fn gap(&mut self, points: f32) {
        self.y -= points;
    }

    /// Ends the page; the next line starts a new one.
    pub fn page_break(&mut self) {
        self.pages.push(std::mem::take(&mut self.page));
        self.start_page();
    }

    fn start_page(&mut self) {
        self.y = PAGE_HEIGHT - MARGIN + 20.0;
        let header = self.header.clone();
        self.text_at("F1", HEADER_SIZE, MARGIN, PAGE_HEIGHT - MARGIN + 20.0, &header);
        self.y -= 16.0;
    }

    fn text_at(&mut self, font: &str, size: f32, x: f32, y: f32, text: &str) {
        self.page.push_str(&format!("BT /{font} {size} Tf {x:.1} {y:.1} Td ({}) Tj ET\n", escape(text)));
    }

    /// The finished file.
    pub fn finish(mut self) -> Vec<u8> {
        self.pages.push(std::mem::take(&mut self.page));
        let mut objects: Vec<Vec<u8>> = vec![
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            Vec::new(), // the page tree, written once the page ids are known
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
                .to_vec(),
        ];
        let mut kids = Vec::new();
        for content in &self.pages {
            let stream = encode(content);
            let content_id = objects.len() + 1;
            let mut object = format!("<< /Length {} >>\nstream\n", stream.len()).into_bytes();
            object.extend_from_slice(&stream);
            object.extend_from_slice(b"\nendstream");
            objects.push(object);
            let page_id = objects.len() + 1;
            objects.push(
                format!(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] \
                     /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content_id} 0 R >>"
                )
                .into_bytes(),
            );
            kids.push(format!("{page_id} 0 R"));
        }
        objects[1] =
            format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), kids.len()).into_bytes();

        let mut file = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::with_capacity(objects.len());
        for (index, object) in objects.iter().enumerate() {
            offsets.push(file.len());
            file.extend_from_slice(format!("{} 0 obj\n", index + 1).as_bytes());
            file.extend_from_slice(object);
            file.extend_from_slice(b"\nendobj\n");
        }
        let xref = file.len();
        file.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
        for offset in offsets {
            file.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        file.extend_from_slice(
            format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1)
                .as_bytes(),
        );
        file
    }
}

/// Splits text into lines that fit `width` at `size`, by words. Helvetica's average glyph is
/// about half the font size wide; close enough for reports.
fn wrap(text: &str, width: f32, size: f32) -> Vec<String> {
    let per_line = ((width / (size * 0.5)) as usize).max(10);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > per_line {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A PDF string literal's content: backslash, parentheses escaped.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)")
}

/// Windows-1252 bytes; characters it lacks become `?`.
fn encode(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '\u{0}'..='\u{7f}' | '\u{a0}'..='\u{ff}' => c as u8,
            '€' => 0x80,
            '‚' => 0x82,
            '„' => 0x84,
            '…' => 0x85,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            _ => b'?',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_a_pdf_with_an_xref_that_points_at_its_objects() {
        let mut document = Document::new("CVO Test · Groep");
        document.line(Style::Title, 0.0, "Rapport (klaar) – één");
        let bytes = document.finish();
        assert!(bytes.starts_with(b"%PDF-1.4"));
        assert!(bytes.ends_with(b"%%EOF\n"));
        // Offsets count bytes; everything from the xref table on is ASCII.
        let marker = bytes.windows(10).rposition(|window| window == b"startxref\n").unwrap() + 10;
        let startxref: usize =
            std::str::from_utf8(&bytes[marker..]).unwrap().lines().next().unwrap().parse().unwrap();
        let xref = std::str::from_utf8(&bytes[startxref..]).unwrap();
        assert!(xref.starts_with("xref"));
        let objects: usize = xref.lines().nth(1).unwrap()[2..].parse::<usize>().unwrap() - 1;
        for (index, entry) in xref.lines().skip(3).take(objects).enumerate() {
            let offset: usize = entry[..10].parse().unwrap();
            assert!(
                bytes[offset..].starts_with(format!("{} 0 obj", index + 1).as_bytes()),
                "object {}",
                index + 1
            );
        }
        // Escaped parentheses, and the dash and accents in Windows-1252.
        assert!(bytes.windows(13).any(|w| w == b"Rapport \\(kla"));
        assert!(bytes.windows(5).any(|w| w == b"\x96 \xe9\xe9n"));
    }

    #[test]
    fn long_text_wraps_and_fills_further_pages() {
        let mut document = Document::new("kop");
        for n in 0..200 {
            document.line(
                Style::Text,
                0.0,
                &format!("Regel {n} met een tekst die lang genoeg is om te passen"),
            );
        }
        let bytes = document.finish();
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.matches("/Type /Page ").count() >= 3);
        assert_eq!(
            text.matches("(kop)").count(),
            text.matches("/Type /Page ").count(),
            "a header on every page"
        );
        assert_eq!(wrap("een twee drie", 60.0, 10.0), ["een twee", "drie"]);
    }
}
