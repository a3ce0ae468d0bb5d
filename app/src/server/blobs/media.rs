//! Which files Vaardig accepts, recognised from their first bytes ("magic numbers"), never from
//! the name or the Content-Type the client sent.

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
    } else if is_text(head, complete) {
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

/// UTF-8 without NUL or other control characters than tab, line breaks and form feed. A
/// multi-byte character cut off at the end of an incomplete head is fine.
fn is_text(head: &[u8], complete: bool) -> bool {
    let text = match std::str::from_utf8(head) {
        Ok(text) => text,
        Err(error) if !complete && error.error_len().is_none() => {
            // The cut is inside the last character; the part before it is valid.
            std::str::from_utf8(&head[..error.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => return false,
    };
    !text.is_empty() && !text.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
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

    #[test]
    fn text_cut_inside_a_character_is_still_text_unless_the_file_ends_there() {
        let cut = &"café".as_bytes()[..4];
        assert_eq!(detect(cut, false), Some(MediaType::Text));
        assert_eq!(detect(cut, true), None);
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
