//! Which files Vaardig accepts, recognised from their first bytes ("magic numbers"), never from
//! the name or the Content-Type the client sent.

use domain::text::{self, TextEncoding, TextError};

/// How many leading bytes [`detect`] needs to decide.
pub const SNIFF_LEN: usize = 8 * 1024;

/// A kind of file Vaardig stores as evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    Pdf,
    Png,
    Jpeg,
    Gif,
    Webp,
    Heic,
    Mp4,
    QuickTime,
    Webm,
    Avi,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
    /// Word, Excel or PowerPoint before 2007 (OLE compound file).
    LegacyOffice,
    Zip,
    Text,
}

impl MediaType {
    const ALL: [MediaType; 19] = [
        MediaType::Pdf,
        MediaType::Png,
        MediaType::Jpeg,
        MediaType::Gif,
        MediaType::Webp,
        MediaType::Heic,
        MediaType::Mp4,
        MediaType::QuickTime,
        MediaType::Webm,
        MediaType::Avi,
        MediaType::Docx,
        MediaType::Xlsx,
        MediaType::Pptx,
        MediaType::Odt,
        MediaType::Ods,
        MediaType::Odp,
        MediaType::LegacyOffice,
        MediaType::Zip,
        MediaType::Text,
    ];

    /// The MIME type stored with the file and sent when it is served.
    pub fn mime(self) -> &'static str {
        match self {
            MediaType::Pdf => "application/pdf",
            MediaType::Png => "image/png",
            MediaType::Jpeg => "image/jpeg",
            MediaType::Gif => "image/gif",
            MediaType::Webp => "image/webp",
            MediaType::Heic => "image/heic",
            MediaType::Mp4 => "video/mp4",
            MediaType::QuickTime => "video/quicktime",
            MediaType::Webm => "video/webm",
            MediaType::Avi => "video/x-msvideo",
            MediaType::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            MediaType::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType::Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            MediaType::Odt => "application/vnd.oasis.opendocument.text",
            MediaType::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            MediaType::Odp => "application/vnd.oasis.opendocument.presentation",
            MediaType::LegacyOffice => "application/x-ole-storage",
            MediaType::Zip => "application/zip",
            // Served as plain text, so an uploaded HTML or SVG file is shown, never run.
            MediaType::Text => "text/plain; charset=utf-8",
        }
    }

    /// Reads back a MIME type written by [`MediaType::mime`].
    pub fn from_mime(mime: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|media| media.mime() == mime)
    }

    /// Pictures a browser shows in an `<img>` and Vaardig can make a thumbnail of.
    pub fn is_picture(self) -> bool {
        matches!(self, MediaType::Png | MediaType::Jpeg | MediaType::Gif | MediaType::Webp)
    }

    /// Shown in the browser rather than downloaded.
    pub fn opens_inline(self) -> bool {
        self.is_picture()
            || matches!(
                self,
                MediaType::Pdf | MediaType::Mp4 | MediaType::Webm | MediaType::QuickTime | MediaType::Text
            )
    }
}

/// Recognises an accepted file from its first bytes. `complete` says the whole file is in
/// `head` (it may be shorter than [`SNIFF_LEN`]); it matters only for text.
pub fn detect(head: &[u8], complete: bool) -> Option<MediaType> {
    let at = |offset: usize, magic: &[u8]| head.get(offset..offset + magic.len()) == Some(magic);
    if at(0, b"%PDF-") {
        Some(MediaType::Pdf)
    } else if at(0, b"\x89PNG\r\n\x1a\n") {
        Some(MediaType::Png)
    } else if at(0, b"\xff\xd8\xff") {
        Some(MediaType::Jpeg)
    } else if at(0, b"GIF87a") || at(0, b"GIF89a") {
        Some(MediaType::Gif)
    } else if at(0, b"RIFF") && at(8, b"WEBP") {
        Some(MediaType::Webp)
    } else if at(0, b"RIFF") && at(8, b"AVI ") {
        Some(MediaType::Avi)
    } else if at(0, b"\x1a\x45\xdf\xa3") {
        Some(MediaType::Webm)
    } else if at(4, b"ftyp") {
        iso_media(head.get(8..12)?)
    } else if at(0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
        Some(MediaType::LegacyOffice)
    } else if at(0, b"PK\x03\x04") {
        Some(zip_document(head))
    } else if !head.is_empty() && text_problem(head, complete).is_none() {
        Some(MediaType::Text)
    } else {
        None
    }
}

/// ISO base media files (MP4, QuickTime, HEIC) name their brand after `ftyp`.
fn iso_media(brand: &[u8]) -> Option<MediaType> {
    match brand {
        b"heic" | b"heix" | b"mif1" | b"msf1" | b"hevc" => Some(MediaType::Heic),
        b"qt  " => Some(MediaType::QuickTime),
        b"isom" | b"iso2" | b"iso4" | b"iso5" | b"iso6" | b"mp41" | b"mp42" | b"avc1" | b"M4V " | b"MSNV"
        | b"3gp4" | b"3gp5" | b"dash" => Some(MediaType::Mp4),
        _ => None,
    }
}

/// Office documents are zip files: OpenDocument says its type in a first entry named
/// `mimetype`; Office Open XML has its part folders near the start.
fn zip_document(head: &[u8]) -> MediaType {
    let contains = |needle: &[u8]| head.windows(needle.len()).any(|window| window == needle);
    let opendocument = b"mimetypeapplication/vnd.oasis.opendocument.";
    if let Some(rest) = head.get(30..).filter(|rest| rest.starts_with(opendocument)) {
        let subtype = &rest[opendocument.len()..];
        if subtype.starts_with(b"text") {
            return MediaType::Odt;
        } else if subtype.starts_with(b"spreadsheet") {
            return MediaType::Ods;
        } else if subtype.starts_with(b"presentation") {
            return MediaType::Odp;
        }
    }
    if contains(b"[Content_Types].xml") {
        if contains(b"word/") {
            return MediaType::Docx;
        } else if contains(b"xl/") {
            return MediaType::Xlsx;
        } else if contains(b"ppt/") {
            return MediaType::Pptx;
        }
    }
    MediaType::Zip
}

/// Why the first bytes of a file are not text, or `None` when they are: text as
/// [`domain::text::decode`] reads it (a BOM's UTF-8 or UTF-16, else UTF-8, else Windows-1252)
/// without control characters. A character cut off at the end of an incomplete head is fine.
pub fn text_problem(head: &[u8], complete: bool) -> Option<TextError> {
    text_encoding(head, complete).err()
}

/// The encoding the first bytes of a text file are in, or why they are not text; see
/// [`text_problem`].
pub fn text_encoding(head: &[u8], complete: bool) -> Result<TextEncoding, TextError> {
    let head = if complete { head } else { whole_characters(head) };
    text::decode(head).map(|decoded| decoded.encoding)
}

/// The head without a character cut off at its end: an odd byte or a lone high surrogate after
/// a UTF-16 byte order mark, else the start of a UTF-8 sequence.
fn whole_characters(head: &[u8]) -> &[u8] {
    let utf16_le = head.starts_with(b"\xff\xfe");
    if utf16_le || head.starts_with(b"\xfe\xff") {
        let head = &head[..head.len() & !1];
        let last = match head {
            [.., a, b] if head.len() > 2 => {
                if utf16_le {
                    u16::from_le_bytes([*a, *b])
                } else {
                    u16::from_be_bytes([*a, *b])
                }
            }
            _ => return head,
        };
        return if (0xD800..0xDC00).contains(&last) { &head[..head.len() - 2] } else { head };
    }
    match std::str::from_utf8(head) {
        Err(error) if error.error_len().is_none() => &head[..error.valid_up_to()],
        _ => head,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_pictures_and_videos_are_recognised() {
        let cases: [(&[u8], MediaType); 12] = [
            (b"%PDF-1.7\n%\xe2\xe3", MediaType::Pdf),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", MediaType::Png),
            (b"\xff\xd8\xff\xe0\0\x10JFIF", MediaType::Jpeg),
            (b"GIF89a\x01\0\x01\0", MediaType::Gif),
            (b"RIFF\x24\0\0\0WEBPVP8 ", MediaType::Webp),
            (b"RIFF\x24\0\0\0AVI LIST", MediaType::Avi),
            (b"\x1a\x45\xdf\xa3\x9f\x42\x86", MediaType::Webm),
            (b"\0\0\0\x18ftypmp42\0\0\0\0", MediaType::Mp4),
            (b"\0\0\0\x14ftypqt  \0\0\0\0", MediaType::QuickTime),
            (b"\0\0\0\x18ftypheic\0\0\0\0", MediaType::Heic),
            (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0", MediaType::LegacyOffice),
            ("Verslag van de stage\r\nmet één regel".as_bytes(), MediaType::Text),
        ];
        for (head, expected) in cases {
            assert_eq!(detect(head, true), Some(expected), "{expected:?}");
        }
    }

    fn zip_with_first_entry(name: &[u8], rest: &[u8]) -> Vec<u8> {
        let mut bytes = b"PK\x03\x04".to_vec();
        bytes.extend_from_slice(&[0; 22]);
        bytes.extend_from_slice(&(name.len() as u16).to_le_bytes());
        bytes.extend_from_slice(&[0, 0]);
        bytes.extend_from_slice(name);
        bytes.extend_from_slice(rest);
        bytes
    }

    #[test]
    fn office_documents_are_told_apart_from_plain_zips() {
        let odt = zip_with_first_entry(b"mimetype", b"application/vnd.oasis.opendocument.textPK");
        assert_eq!(detect(&odt, false), Some(MediaType::Odt));
        let ods = zip_with_first_entry(b"mimetype", b"application/vnd.oasis.opendocument.spreadsheet");
        assert_eq!(detect(&ods, false), Some(MediaType::Ods));
        let docx = zip_with_first_entry(b"[Content_Types].xml", b"...PK\x03\x04...word/document.xml");
        assert_eq!(detect(&docx, false), Some(MediaType::Docx));
        let xlsx = zip_with_first_entry(b"[Content_Types].xml", b"...xl/workbook.xml");
        assert_eq!(detect(&xlsx, false), Some(MediaType::Xlsx));
        let zip = zip_with_first_entry(b"foto's/1.jpg", b"\xff\xd8");
        assert_eq!(detect(&zip, false), Some(MediaType::Zip));
    }

    #[test]
    fn executables_and_unknown_binaries_are_refused() {
        let refused: [&[u8]; 5] = [
            b"MZ\x90\0\x03\0\0\0\x04\0",              // Windows executable
            b"\x7fELF\x02\x01\x01\0",                 // Linux executable
            b"\xcf\xfa\xed\xfe\x07\0\0\x01",          // macOS executable
            b"\0\0\0\x18ftypXXXX",                    // unknown ISO brand
            b"plain text with a NUL\0 in the middle", // binary disguised as text
        ];
        for head in refused {
            assert_eq!(detect(head, true), None, "{head:?}");
        }
        assert_eq!(detect(b"", true), None, "an empty file is not evidence");
    }

    fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
        let bom: &[u8] = if little_endian { b"\xff\xfe" } else { b"\xfe\xff" };
        let bytes: fn(u16) -> [u8; 2] = if little_endian { u16::to_le_bytes } else { u16::to_be_bytes };
        bom.iter().copied().chain(text.encode_utf16().flat_map(bytes)).collect()
    }

    #[test]
    fn text_as_windows_saves_it_is_text() {
        // PowerShell and "Unicode-tekst": UTF-16 LE with a BOM; Notepad: Windows-1252.
        assert_eq!(detect(&utf16("Hélène Çelik\r\n", true), true), Some(MediaType::Text));
        assert_eq!(detect(&utf16("Hélène Çelik\r\n", false), true), Some(MediaType::Text));
        assert_eq!(detect(b"H\xe9l\xe8ne \xc7elik\r\n", true), Some(MediaType::Text));
        assert_eq!(detect("\u{feff}Hélène".as_bytes(), true), Some(MediaType::Text));
    }

    #[test]
    fn utf16_cut_inside_a_character_is_still_text_unless_the_file_ends_there() {
        let text = utf16("ab😀", true);
        for cut in [text.len() - 1, text.len() - 2, text.len() - 3] {
            assert_eq!(detect(&text[..cut], false), Some(MediaType::Text), "cut at {cut}");
        }
        assert_eq!(detect(&text[..text.len() - 1], true), None);
        assert_eq!(text_problem(&text[..text.len() - 1], true), Some(TextError::Malformed("UTF-16 LE")));
    }

    #[test]
    fn utf8_cut_inside_a_polish_letter_is_not_read_as_windows_1252() {
        // "Ł" is C5 81; 0x81 alone would be a control character in Windows-1252.
        let head = "Łukasz Łoś".as_bytes();
        assert_eq!(detect(&head[..head.len() - 1], false), Some(MediaType::Text));
    }

    #[test]
    fn binary_named_as_text_is_refused_with_its_reason() {
        assert_eq!(text_problem(b"\x7fELF\x02\x01\x01\0\0", true), Some(TextError::Binary));
        assert_eq!(text_problem("Verslag".as_bytes(), true), None);
    }

    #[test]
    fn utf8_cut_inside_a_character_is_text_and_a_file_ending_there_is_windows_1252() {
        let cut = &"café".as_bytes()[..4];
        assert_eq!(detect(cut, false), Some(MediaType::Text));
        // Not UTF-8 as a whole, so read as Windows-1252 ("cafÃ"), like any Notepad file.
        assert_eq!(detect(cut, true), Some(MediaType::Text));
    }

    #[test]
    fn mime_types_round_trip_and_active_content_is_never_served_as_such() {
        for media in MediaType::ALL {
            assert_eq!(MediaType::from_mime(media.mime()), Some(media));
            assert!(!media.mime().contains("html") && !media.mime().contains("svg"));
        }
        assert!(detect(b"<svg onload=alert(1)>", true) == Some(MediaType::Text));
    }
}
