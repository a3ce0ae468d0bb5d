//! Text files as people's tools really save them. Excel in Belgium writes Windows-1252 without a
//! byte order mark, "CSV UTF-8" adds one, "Unicode-tekst" and PowerShell write UTF-16 LE with a
//! BOM. Every text Vaardig reads from a file (student lists, text evidence) is decoded here, and
//! every text a person types is cleaned here ([`typed`]).

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// The encoding a text file was found to be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl TextEncoding {
    /// The name people know the encoding by, for messages.
    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf16Le => "UTF-16 LE",
            TextEncoding::Utf16Be => "UTF-16 BE",
            TextEncoding::Windows1252 => "Windows-1252",
        }
    }
}

/// A decoded text: its characters (without the BOM) and the encoding they came in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedText<'a> {
    pub text: Cow<'a, str>,
    pub encoding: TextEncoding,
}

/// Why bytes are not a text file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// Control characters other than tab, line feed, carriage return and form feed (NUL bytes,
    /// say): the file is binary, whatever its name.
    #[error("Het bestand bevat tekens die in een tekstbestand niet voorkomen (het is een binair bestand).")]
    Binary,
    /// A byte order mark announced UTF-16 or UTF-8, but the bytes after it do not follow it.
    #[error("Het bestand begint als {0}-tekst, maar de rest is geen geldige {0}.")]
    Malformed(&'static str),
}

/// Decodes a text file from its bytes: a byte order mark decides (UTF-8, UTF-16 LE or BE); without
/// one, valid UTF-8 is UTF-8 and anything else Windows-1252, the encoding Excel and Notepad use in
/// Belgium. Errors: [`TextError::Malformed`] when the bytes break the BOM's encoding,
/// [`TextError::Binary`] when the text holds control characters no text file has.
pub fn decode(bytes: &[u8]) -> Result<DecodedText<'_>, TextError> {
    let (text, encoding) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_length)) => {
            let label = encoding_of(encoding);
            let text = encoding
                .decode_without_bom_handling_and_without_replacement(&bytes[bom_length..])
                .ok_or(TextError::Malformed(label.label()))?;
            (text, label)
        }
        None => match std::str::from_utf8(bytes) {
            Ok(text) => (Cow::Borrowed(text), TextEncoding::Utf8),
            Err(_) => (WINDOWS_1252.decode_without_bom_handling(bytes).0, TextEncoding::Windows1252),
        },
    };
    if text.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')) {
        return Err(TextError::Binary);
    }
    Ok(DecodedText { text, encoding })
}

fn encoding_of(encoding: &'static Encoding) -> TextEncoding {
    if encoding == UTF_8 {
        TextEncoding::Utf8
    } else if encoding == encoding_rs::UTF_16LE {
        TextEncoding::Utf16Le
    } else {
        TextEncoding::Utf16Be
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &str = "Hélène Çelik;Zoë Ørsted-Peña\r\n";

    fn utf16le_with_bom(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn excel_windows_1252_without_bom_is_read_as_windows_1252() {
        let (bytes, _, _) = WINDOWS_1252.encode("Hélène Çelik;Zoë Peña\r\n");
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, "Hélène Çelik;Zoë Peña\r\n");
        assert_eq!(decoded.encoding, TextEncoding::Windows1252);
    }

    #[test]
    fn csv_utf8_with_bom_loses_the_bom() {
        let bytes = [b"\xEF\xBB\xBF".as_slice(), NAMES.as_bytes()].concat();
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, NAMES);
        assert_eq!(decoded.encoding, TextEncoding::Utf8);
    }

    #[test]
    fn unicode_text_and_powershell_utf16_le_with_bom_is_read() {
        let bytes = utf16le_with_bom(NAMES);
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, NAMES);
        assert_eq!(decoded.encoding, TextEncoding::Utf16Le);
    }

    #[test]
    fn utf8_without_bom_stays_utf8() {
        assert_eq!(decode(NAMES.as_bytes()).unwrap().encoding, TextEncoding::Utf8);
    }

    #[test]
    fn binary_bytes_are_not_text() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00binary"), Err(TextError::Binary));
    }

    #[test]
    fn a_utf16_bom_before_an_odd_number_of_bytes_is_malformed() {
        assert_eq!(decode(&[0xFF, 0xFE, 0x41]), Err(TextError::Malformed("UTF-16 LE")));
    }
}

/// Text a person typed (a reply, a comment, a description, a reflection), made safe to store and
/// show: line ends become `\n`; control characters other than line ends and tabs, and the
/// characters that reverse or isolate the direction of the text around them (U+202A–U+202E,
/// U+2066–U+2069), are dropped; spaces and invisible joiners at either end are trimmed. Text of
/// only such characters comes out empty, so "required" rules see it as empty.
pub fn typed(text: &str) -> String {
    let kept: String = text
        .replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|c| matches!(c, '\n' | '\t') || !(c.is_control() || is_direction_override(*c)))
        .collect();
    kept.trim_matches(|c: char| c.is_whitespace() || is_invisible(c)).to_owned()
}

/// [`typed`] on one line: line ends and tabs become spaces too (a title, a name).
pub fn typed_line(text: &str) -> String {
    typed(&text.replace(['\n', '\t'], " "))
}

/// The characters that embed or override the direction of text (U+202A–U+202E, U+2066–U+2069).
pub(crate) fn is_direction_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

#[cfg(test)]
mod typed_tests {
    use super::*;

    #[test]
    fn typed_text_keeps_its_lines_and_loses_what_cannot_be_seen_or_reverses_it() {
        assert_eq!(
            typed("  Regel een\r\nRegel twee\n\nNieuwe alinea \n"),
            "Regel een\nRegel twee\n\nNieuwe alinea"
        );
        assert_eq!(typed("a\u{0}b\u{7}c\u{1b}[31m"), "abc[31m");
        assert_eq!(typed("zie \u{202E}moc.elpmaxe\u{202C} en \u{2067}x\u{2069}"), "zie moc.elpmaxe en x");
        assert_eq!(typed("\u{3000}\u{200B}"), "", "only invisible: empty");
        assert_eq!(typed("\u{FEFF}Ayşe\tAydın\u{200B}"), "Ayşe\tAydın");
        assert_eq!(typed_line(" Verslag\nstage\t2 "), "Verslag stage 2");
    }
}
