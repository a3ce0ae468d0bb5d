//! The student list a coordinator imports: a CSV file as Excel writes it in Belgium (`;`
//! between fields, often with a byte order mark) or with commas. Columns: student number, first
//! name, last name, email, in any order, named in Dutch or English.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::account::Email;

/// One student of the list, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentRow {
    /// The line in the file (the header is line 1).
    pub line: usize,
    pub student_number: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
}

impl StudentRow {
    pub fn name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }
}

/// A problem with one line (or with the header, line 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowError {
    pub line: usize,
    pub message: String,
}

/// One student as given (a CSV line or an item of a JSON list), before it is checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentInput {
    #[serde(default)]
    pub student_number: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
}

/// What a file holds: the good rows and the problems, both in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentList {
    pub rows: Vec<StudentRow>,
    pub errors: Vec<RowError>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    StudentNumber,
    FirstName,
    LastName,
    Email,
}

const COLUMNS: [(Column, &[&str]); 4] = [
    (
        Column::StudentNumber,
        &["studentnummer", "cursistnummer", "stamnummer", "nummer", "student number", "student_number"],
    ),
    (Column::FirstName, &["voornaam", "first name", "first_name", "firstname"]),
    (Column::LastName, &["achternaam", "familienaam", "naam", "last name", "last_name", "lastname"]),
    (Column::Email, &["e-mail", "email", "e-mailadres", "emailadres", "mail"]),
];

/// Reads a student list. Problems never stop the reading: each is reported with its line.
pub fn parse_student_list(text: &str) -> StudentList {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line))
        .filter(|(_, line)| !line.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return StudentList { rows: vec![], errors: vec![error(1, "Het bestand is leeg.")] };
    };
    // Excel in Belgium separates with `;`; other tools with `,`. The header tells which.
    let separator = if header.contains(';') { ';' } else { ',' };
    let mut list = StudentList::default();
    let columns = match header_columns(&split(header, separator)) {
        Ok(columns) => columns,
        Err(message) => {
            list.errors.push(error(1, &message));
            return list;
        }
    };
    let inputs = lines.map(|(line, text)| (line, input(&columns, &split(text, separator))));
    check_students(inputs)
}

/// Checks students given one by one (numbered by `line`): names present, a valid email, no
/// email twice.
pub fn check_students(
    inputs: impl IntoIterator<Item = (usize, Result<StudentInput, String>)>,
) -> StudentList {
    let mut list = StudentList::default();
    let mut emails = HashSet::new();
    for (line, input) in inputs {
        match input.and_then(|input| row(line, input)) {
            Ok(row) if !emails.insert(row.email.clone()) => {
                list.errors.push(error(line, &format!("{} staat meer dan eens in de lijst.", row.email)));
            }
            Ok(row) => list.rows.push(row),
            Err(message) => list.errors.push(error(line, &message)),
        }
    }
    list
}

fn error(line: usize, message: &str) -> RowError {
    RowError { line, message: message.to_owned() }
}

fn header_columns(fields: &[String]) -> Result<Vec<Column>, String> {
    let mut columns = Vec::with_capacity(fields.len());
    for field in fields {
        let name = field.trim().to_lowercase();
        let column = COLUMNS
            .iter()
            .find(|(_, names)| names.contains(&name.as_str()))
            .map(|(column, _)| *column)
            .ok_or_else(|| {
                format!(
                    "Onbekende kolom '{}'. Verwacht: studentnummer, voornaam, achternaam, e-mail.",
                    field.trim()
                )
            })?;
        if columns.contains(&column) {
            return Err(format!("De kolom '{}' staat er twee keer.", field.trim()));
        }
        columns.push(column);
    }
    for (column, names) in COLUMNS {
        if !columns.contains(&column) {
            return Err(format!("De kolom '{}' ontbreekt.", names[0]));
        }
    }
    Ok(columns)
}

fn input(columns: &[Column], fields: &[String]) -> Result<StudentInput, String> {
    if fields.len() != columns.len() {
        return Err(format!("Verwacht {} velden, gevonden {}.", columns.len(), fields.len()));
    }
    let field = |wanted: Column| {
        columns
            .iter()
            .zip(fields)
            .find(|(column, _)| **column == wanted)
            .map(|(_, value)| value.trim().to_owned())
            .unwrap_or_default()
    };
    Ok(StudentInput {
        student_number: field(Column::StudentNumber),
        first_name: field(Column::FirstName),
        last_name: field(Column::LastName),
        email: field(Column::Email),
    })
}

fn row(line: usize, input: StudentInput) -> Result<StudentRow, String> {
    let (first_name, last_name) = (input.first_name.trim(), input.last_name.trim());
    if first_name.is_empty() || last_name.is_empty() {
        return Err("Voornaam en achternaam zijn verplicht.".into());
    }
    let email = Email::parse(&input.email)
        .map_err(|_| format!("'{}' is geen geldig e-mailadres.", input.email.trim()))?;
    Ok(StudentRow {
        line,
        student_number: input.student_number.trim().to_owned(),
        first_name: first_name.to_owned(),
        last_name: last_name.to_owned(),
        email: email.as_str().to_owned(),
    })
}

/// Splits a CSV line on `separator`, honouring double quotes (`""` is a quote inside).
fn split(line: &str, separator: char) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (c, false) if c == separator => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excel_file_from_belgium_is_read() {
        let file = "\u{feff}Studentnummer;Voornaam;Achternaam;E-mail\r\n\
                    2026001;Ann;De Smet;Ann.DeSmet@Example.be\r\n\
                    2026002;\"Jean; Pierre\";\"Van \"\"den\"\" Berg\";jp@example.be\r\n";
        let list = parse_student_list(file);
        assert_eq!(list.errors, []);
        assert_eq!(list.rows.len(), 2);
        assert_eq!(list.rows[0].email, "ann.desmet@example.be");
        assert_eq!(list.rows[0].name(), "Ann De Smet");
        assert_eq!(list.rows[1].first_name, "Jean; Pierre");
        assert_eq!(list.rows[1].last_name, "Van \"den\" Berg");
        assert_eq!(list.rows[1].line, 3);
    }

    #[test]
    fn commas_and_english_headers_in_another_order_work_too() {
        let list =
            parse_student_list("email,last name,first name,student number\nan@example.be,Peeters,An,7\n");
        assert_eq!(list.errors, []);
        assert_eq!(list.rows[0].student_number, "7");
        assert_eq!(list.rows[0].last_name, "Peeters");
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let file = "nummer;voornaam;achternaam;email\n1;An;Peeters;an@example.be\n2;Bo;Maes;geen-adres\n\n3;An;Peeters;AN@example.be\n4;;Claes;c@example.be\n5;Ed\n";
        let list = parse_student_list(file);
        assert_eq!(list.rows.len(), 1);
        let lines: Vec<usize> = list.errors.iter().map(|error| error.line).collect();
        assert_eq!(lines, [3, 5, 6, 7]);
        assert!(list.errors[0].message.contains("geen geldig e-mailadres"));
        assert!(list.errors[1].message.contains("meer dan eens"));
        assert!(list.errors[2].message.contains("verplicht"));
        assert!(list.errors[3].message.contains("Verwacht 4 velden"));
    }

    #[test]
    fn an_unknown_or_missing_column_is_refused_at_the_header() {
        let unknown = parse_student_list("nummer;voornaam;achternaam;email;telefoon\n");
        assert_eq!(unknown.errors[0].line, 1);
        assert!(unknown.errors[0].message.contains("Onbekende kolom 'telefoon'"));
        let missing = parse_student_list("voornaam;achternaam;email\n");
        assert!(missing.errors[0].message.contains("'studentnummer' ontbreekt"));
        assert_eq!(parse_student_list("").errors[0].message, "Het bestand is leeg.");
    }
}
