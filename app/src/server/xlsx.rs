//! A small XLSX writer for one sheet of text and numbers: the Office Open XML parts Excel needs,
//! in a zip archive whose entries are stored uncompressed.

/// One cell of the sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
}

/// A workbook with one sheet named `sheet`, holding `rows`.
pub fn workbook(sheet: &str, rows: &[Vec<Cell>]) -> Vec<u8> {
    let parts: [(&str, String); 5] = [
        (
            "[Content_Types].xml",
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
                r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
                r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
                r#"<Default Extension="xml" ContentType="application/xml"/>"#,
                r#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
                r#"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#,
                r#"</Types>"#
            )
            .to_owned(),
        ),
        (
            "_rels/.rels",
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
                r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
                r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#,
                r#"</Relationships>"#
            )
            .to_owned(),
        ),
        (
            "xl/workbook.xml",
            format!(
                concat!(
                    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
                    r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#,
                    r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
                    r#"<sheets><sheet name="{}" sheetId="1" r:id="rId1"/></sheets></workbook>"#
                ),
                escape(&sheet.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect::<String>())
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
                r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
                r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#,
                r#"</Relationships>"#
            )
            .to_owned(),
        ),
        ("xl/worksheets/sheet1.xml", sheet_xml(rows)),
    ];
    let files: Vec<(&str, &[u8])> = parts.iter().map(|(name, xml)| (*name, xml.as_bytes())).collect();
    stored_zip(&files)
}

fn sheet_xml(rows: &[Vec<Cell>]) -> String {
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
    ));
    for (r, row) in rows.iter().enumerate() {
        xml.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, cell) in row.iter().enumerate() {
            let reference = format!("{}{}", column_name(c), r + 1);
            match cell {
                Cell::Text(text) => xml.push_str(&format!(
                    r#"<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                    escape(text)
                )),
                Cell::Number(number) => xml.push_str(&format!(r#"<c r="{reference}"><v>{number}</v></c>"#)),
            }
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData></worksheet>");
    xml
}

/// `0` → `A`, `25` → `Z`, `26` → `AA`.
fn column_name(mut index: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

fn escape(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .map(|c| match c {
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// A zip archive of `files`, stored without compression (names in UTF-8).
fn stored_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = Vec::new();
    let mut directory = Vec::new();
    for (name, data) in files {
        let offset = zip.len() as u32;
        let crc = crc32fast::hash(data);
        let size = data.len() as u32;
        let name = name.as_bytes();
        // Local header: signature, version 2.0, UTF-8 names, stored, no time, crc, sizes, name.
        zip.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        // 1 January 2026 as the DOS date of every entry: a valid date, so every reader accepts it.
        zip.extend_from_slice(&[20, 0, 0, 8, 0, 0, 0, 0, 0x21, 0x5c]);
        for field in [crc, size, size] {
            zip.extend_from_slice(&field.to_le_bytes());
        }
        zip.extend_from_slice(&(name.len() as u16).to_le_bytes());
        zip.extend_from_slice(&[0, 0]);
        zip.extend_from_slice(name);
        zip.extend_from_slice(data);
        directory.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        directory.extend_from_slice(&[20, 0, 20, 0, 0, 8, 0, 0, 0, 0, 0x21, 0x5c]);
        for field in [crc, size, size] {
            directory.extend_from_slice(&field.to_le_bytes());
        }
        directory.extend_from_slice(&(name.len() as u16).to_le_bytes());
        directory.extend_from_slice(&[0; 12]); // extra, comment, disk, internal and external attributes
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(name);
    }
    let directory_offset = zip.len() as u32;
    zip.extend_from_slice(&directory);
    zip.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    zip.extend_from_slice(&[0, 0, 0, 0]);
    zip.extend_from_slice(&(files.len() as u16).to_le_bytes());
    zip.extend_from_slice(&(files.len() as u16).to_le_bytes());
    zip.extend_from_slice(&(directory.len() as u32).to_le_bytes());
    zip.extend_from_slice(&directory_offset.to_le_bytes());
    zip.extend_from_slice(&[0, 0]);
    zip
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_in_excel() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
    }

    #[test]
    fn the_workbook_is_a_zip_with_the_office_parts_and_the_cells() {
        let rows = vec![
            vec![Cell::Text("Cursist".into()), Cell::Text("M IT 020".into())],
            vec![Cell::Text("Eén & <twee>".into()), Cell::Number(6.0)],
        ];
        let bytes = workbook("Groep: avond", &rows);
        assert!(bytes.starts_with(b"PK\x03\x04"));
        let end = bytes.len() - 22;
        assert_eq!(&bytes[end..end + 4], b"PK\x05\x06");
        assert_eq!(u16::from_le_bytes([bytes[end + 10], bytes[end + 11]]), 5, "five parts");
        let text = String::from_utf8_lossy(&bytes);
        for part in ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"] {
            assert!(text.contains(part), "{part}");
        }
        assert!(text.contains(r#"<sheet name="Groep avond""#));
        assert!(text.contains("Eén &amp; &lt;twee&gt;"));
        assert!(text.contains(r#"<c r="B2"><v>6</v></c>"#));
        // The media type Vaardig's upload check gives it: a real Office document.
        assert_eq!(
            crate::server::blobs::media::detect(&bytes[..bytes.len().min(8192)], false),
            Some(crate::server::blobs::MediaType::Xlsx)
        );
    }
}
