//! The student list a coordinator imports: a CSV file as Excel writes it in Belgium (`;`
//! between fields, Windows-1252 or UTF-8 with a byte order mark or UTF-16) or with commas.
//! Columns: student number, first name, last name, email, in any order, named in Dutch, French
//! or English. Every check of a line lives here, so the preview and the import cannot disagree.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::account::{AccountRuleError, Email};
use crate::person_name::PersonName;
use crate::text;

/// One student of the list, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentRow {
    /// The line in the file (the header is line 1).
    pub line: usize,
    pub student_number: String,
    pub name: PersonName,
    pub email: String,
}

/// A problem with one line (or with the header, line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub problem: RowProblem,
}

/// What is wrong with a line of the list, or with the file; the interface words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// The file is not text.
    NotText(text::TextError),
    /// Nothing but empty lines.
    Empty,
    /// A header that names no column we know (as typed).
    UnknownColumn(String),
    /// A column named twice (as typed).
    RepeatedColumn(String),
    /// A column that is missing (its Dutch name, as the header writes it).
    MissingColumn(&'static str),
    /// A line with another number of fields than the header.
    FieldCount {
        expected: usize,
        found: usize,
    },
    NameRequired,
    /// A name that is too long or holds control characters.
    Name(AccountRuleError),
    /// An email address that is not one (as typed).
    InvalidEmail(String),
    /// A student number Excel wrote in scientific notation (`1,23457E+11`): its digits are lost.
    ScientificNumber(String),
    /// An email address that is on an earlier line too.
    RepeatedEmail(String),
    /// A student number that an earlier line gives someone else.
    RepeatedNumber {
        number: String,
        first_line: usize,
    },
    /// An all-digit student number shorter than most (`usual` digits): Excel dropped its zeros.
    LostLeadingZeros {
        number: String,
        usual: usize,
    },
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
        &[
            "studentnummer",
            "cursistnummer",
            "stamnummer",
            "nummer",
            "student number",
            "student_number",
            "numéro",
            "matricule",
            "numéro d'apprenant",
            "numéro d’apprenant",
        ],
    ),
    (Column::FirstName, &["voornaam", "first name", "first_name", "firstname", "prénom"]),
    (
        Column::LastName,
        &["achternaam", "familienaam", "naam", "last name", "last_name", "lastname", "nom", "nom de famille"],
    ),
    (Column::Email, &["e-mail", "email", "e-mailadres", "emailadres", "mail", "courriel", "adresse e-mail"]),
];

/// Reads a student list from the file's bytes (any encoding [`text::decode`] accepts).
/// Problems never stop the reading: each is reported with its line. Lines made only of
/// separators and empty trailing columns, which Excel leaves behind, are ignored.
pub fn parse_student_list(bytes: &[u8]) -> StudentList {
    let text = match text::decode(bytes) {
        Ok(decoded) => decoded.text,
        Err(problem) => {
            return StudentList { rows: vec![], errors: vec![error(1, RowProblem::NotText(problem))] }
        }
    };
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line))
        .filter(|(_, line)| !line.chars().all(|c| c.is_whitespace() || c == ';' || c == ','));
    let Some((_, header)) = lines.next() else {
        return StudentList { rows: vec![], errors: vec![error(1, RowProblem::Empty)] };
    };
    // Excel in Belgium separates with `;`; other tools with `,`. The header tells which.
    let separator = if header.contains(';') { ';' } else { ',' };
    let columns = match header_columns(&without_empty_tail(split(header, separator))) {
        Ok(columns) => columns,
        Err(problem) => return StudentList { rows: vec![], errors: vec![error(1, problem)] },
    };
    let inputs = lines.map(|(line, text)| (line, input(&columns, split(text, separator))));
    check_students(inputs)
}

/// Checks students given one by one (numbered by `line`): names present and not too long, a
/// valid email, a student number as the administration wrote it, no email or student number
/// twice for different people.
pub fn check_students(
    inputs: impl IntoIterator<Item = (usize, Result<StudentInput, RowProblem>)>,
) -> StudentList {
    let mut list = StudentList::default();
    let mut emails = HashSet::new();
    let mut numbers: HashMap<String, usize> = HashMap::new();
    for (line, input) in inputs {
        let checked = input.and_then(|input| row(line, input)).and_then(|row| {
            if !emails.insert(row.email.clone()) {
                return Err(RowProblem::RepeatedEmail(row.email));
            }
            match numbers.get(&row.student_number) {
                Some(&first_line) if !row.student_number.is_empty() => {
                    Err(RowProblem::RepeatedNumber { number: row.student_number, first_line })
                }
                _ => {
                    numbers.insert(row.student_number.clone(), line);
                    Ok(row)
                }
            }
        });
        match checked {
            Ok(row) => list.rows.push(row),
            Err(problem) => list.errors.push(error(line, problem)),
        }
    }
    flag_lost_leading_zeros(&mut list);
    list
}

/// Moves to the errors the rows whose all-digit student number is shorter than most of the
/// list's: Excel drops leading zeros when it reads a number column (`0123456` becomes `123456`).
fn flag_lost_leading_zeros(list: &mut StudentList) {
    let mut lengths: HashMap<usize, usize> = HashMap::new();
    for row in &list.rows {
        if is_digits(&row.student_number) {
            *lengths.entry(row.student_number.len()).or_default() += 1;
        }
    }
    let Some((&usual, _)) = lengths.iter().max_by_key(|(length, count)| (**count, **length)) else {
        return;
    };
    let (short, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut list.rows)
        .into_iter()
        .partition(|row| is_digits(&row.student_number) && row.student_number.len() < usual);
    list.rows = kept;
    list.errors.extend(
        short
            .into_iter()
            .map(|row| error(row.line, RowProblem::LostLeadingZeros { number: row.student_number, usual })),
    );
    list.errors.sort_by_key(|error| error.line);
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit())
}

/// Refuses a student number Excel turned into a number in scientific notation (`1,23457E+11`):
/// its last digits are gone and cannot be recovered from the file.
fn check_student_number(number: &str) -> Result<(), RowProblem> {
    let Some((mantissa, exponent)) = number.split_once(['E', 'e']) else { return Ok(()) };
    let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    let mantissa_is_number =
        !mantissa.is_empty() && mantissa.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    if mantissa_is_number && is_digits(exponent) {
        Err(RowProblem::ScientificNumber(number.to_owned()))
    } else {
        Ok(())
    }
}

fn error(line: usize, problem: RowProblem) -> RowError {
    RowError { line, problem }
}

fn header_columns(fields: &[String]) -> Result<Vec<Column>, RowProblem> {
    let mut columns = Vec::with_capacity(fields.len());
    for field in fields {
        let name = field.trim().to_lowercase();
        let column = COLUMNS
            .iter()
            .find(|(_, names)| names.contains(&name.as_str()))
            .map(|(column, _)| *column)
            .ok_or_else(|| RowProblem::UnknownColumn(field.trim().to_owned()))?;
        if columns.contains(&column) {
            return Err(RowProblem::RepeatedColumn(field.trim().to_owned()));
        }
        columns.push(column);
    }
    for (column, names) in COLUMNS {
        if !columns.contains(&column) {
            return Err(RowProblem::MissingColumn(names[0]));
        }
    }
    Ok(columns)
}

fn input(columns: &[Column], fields: Vec<String>) -> Result<StudentInput, RowProblem> {
    let fields = without_empty_tail(fields);
    if fields.len() != columns.len() {
        return Err(RowProblem::FieldCount { expected: columns.len(), found: fields.len() });
    }
    let field = |wanted: Column| {
        columns
            .iter()
            .zip(&fields)
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

fn row(line: usize, input: StudentInput) -> Result<StudentRow, RowProblem> {
    if input.first_name.trim().is_empty() || input.last_name.trim().is_empty() {
        return Err(RowProblem::NameRequired);
    }
    let name = PersonName::new(&input.first_name, &input.last_name).map_err(RowProblem::Name)?;
    let email =
        Email::parse(&input.email).map_err(|_| RowProblem::InvalidEmail(input.email.trim().to_owned()))?;
    let student_number = input.student_number.trim().to_owned();
    check_student_number(&student_number)?;
    Ok(StudentRow { line, student_number, name, email: email.as_str().to_owned() })
}

/// Drops the empty fields at the end of a line: Excel writes a separator after the last column
/// when a column to the right was ever used.
fn without_empty_tail(mut fields: Vec<String>) -> Vec<String> {
    while fields.len() > 1 && fields.last().is_some_and(|field| field.trim().is_empty()) {
        fields.pop();
    }
    fields
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
        let list = parse_student_list(file.as_bytes());
        assert_eq!(list.errors, []);
        assert_eq!(list.rows.len(), 2);
        assert_eq!(list.rows[0].email, "ann.desmet@example.be");
        assert_eq!(list.rows[0].name.display(), "Ann De Smet");
        assert_eq!(list.rows[1].name.first(), "Jean; Pierre");
        assert_eq!(list.rows[1].name.last(), "Van \"den\" Berg");
        assert_eq!(list.rows[1].line, 3);
    }

    #[test]
    fn french_headers_work_too() {
        let list = parse_student_list(
            "Matricule;Prénom;Nom;Courriel\r\n7;Hélène;Dupont;helene@example.be\r\n".as_bytes(),
        );
        assert_eq!(list.errors, []);
        assert_eq!(list.rows[0].name.display(), "Hélène Dupont");
    }

    #[test]
    fn commas_and_english_headers_in_another_order_work_too() {
        let list =
            parse_student_list(b"email,last name,first name,student number\nan@example.be,Peeters,An,7\n");
        assert_eq!(list.errors, []);
        assert_eq!(list.rows[0].student_number, "7");
        assert_eq!(list.rows[0].name.last(), "Peeters");
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let file = "nummer;voornaam;achternaam;email\n1;An;Peeters;an@example.be\n2;Bo;Maes;geen-adres\n\n3;An;Peeters;AN@example.be\n4;;Claes;c@example.be\n5;Ed\n";
        let list = parse_student_list(file.as_bytes());
        assert_eq!(list.rows.len(), 1);
        let lines: Vec<usize> = list.errors.iter().map(|error| error.line).collect();
        assert_eq!(lines, [3, 5, 6, 7]);
        let problems: Vec<&RowProblem> = list.errors.iter().map(|error| &error.problem).collect();
        assert_eq!(
            problems,
            [
                &RowProblem::InvalidEmail("geen-adres".into()),
                &RowProblem::RepeatedEmail("an@example.be".into()),
                &RowProblem::NameRequired,
                &RowProblem::FieldCount { expected: 4, found: 2 },
            ]
        );
    }

    #[test]
    fn an_unknown_or_missing_column_is_refused_at_the_header() {
        let unknown = parse_student_list(b"nummer;voornaam;achternaam;email;telefoon\n");
        assert_eq!(unknown.errors[0].line, 1);
        assert_eq!(unknown.errors[0].problem, RowProblem::UnknownColumn("telefoon".into()));
        let missing = parse_student_list(b"voornaam;achternaam;email\n");
        assert_eq!(missing.errors[0].problem, RowProblem::MissingColumn("studentnummer"));
        assert_eq!(parse_student_list(b"").errors[0].problem, RowProblem::Empty);
    }

    const HEADER: &str = "Studentnummer;Voornaam;Achternaam;E-mail\r\n";

    fn names(list: &StudentList) -> Vec<String> {
        list.rows.iter().map(|row| row.name.display()).collect()
    }

    #[test]
    fn excel_windows_1252_utf8_with_bom_and_utf16_lists_keep_every_name() {
        let text = format!(
            "{HEADER}0100001;Hélène;Çelik;helene@example.be\r\n0100002;Zoë;Ørsted-Peña;zoe@example.be\r\n"
        );
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let utf8_bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        let windows_1252 = encoding_rs::WINDOWS_1252.encode(&text).0.into_owned();
        for bytes in [windows_1252, utf8_bom, utf16] {
            let list = parse_student_list(&bytes);
            assert_eq!(list.errors, []);
            assert_eq!(names(&list), ["Hélène Çelik", "Zoë Ørsted-Peña"]);
        }
    }

    #[test]
    fn excel_leftovers_rows_of_separators_and_an_empty_last_column_are_ignored() {
        let file = "Studentnummer;Voornaam;Achternaam;E-mail;\r\n0100001;An;Peeters;an@example.be;\r\n;;;;\r\n;;;\r\n0100002;Bo;Maes;bo@example.be;\r\n";
        let list = parse_student_list(file.as_bytes());
        assert_eq!(list.errors, []);
        assert_eq!(names(&list), ["An Peeters", "Bo Maes"]);
    }

    #[test]
    fn a_student_number_in_scientific_notation_is_flagged_on_its_line() {
        let file =
            format!("{HEADER}1,23457E+11;An;Peeters;an@example.be\r\n123456789012;Bo;Maes;bo@example.be\r\n");
        let list = parse_student_list(file.as_bytes());
        assert_eq!(list.errors.len(), 1);
        assert_eq!(list.errors[0].line, 2);
        assert_eq!(list.errors[0].problem, RowProblem::ScientificNumber("1,23457E+11".into()));
        assert_eq!(names(&list), ["Bo Maes"]);
    }

    #[test]
    fn a_student_number_that_lost_its_leading_zeros_is_flagged_on_its_line() {
        let file = format!("{HEADER}0012345;An;Peeters;an@example.be\r\n12346;Bo;Maes;bo@example.be\r\n0012347;Ed;Claes;ed@example.be\r\n");
        let list = parse_student_list(file.as_bytes());
        assert_eq!(list.errors.len(), 1);
        assert_eq!(list.errors[0].line, 3);
        assert_eq!(list.errors[0].problem, RowProblem::LostLeadingZeros { number: "12346".into(), usual: 7 });
        assert_eq!(names(&list), ["An Peeters", "Ed Claes"]);
    }

    #[test]
    fn a_name_too_long_for_an_account_is_refused_on_its_line() {
        let file = format!("{HEADER}1;{};{};lang@example.be\r\n", "A".repeat(63), "B".repeat(63));
        let list = parse_student_list(file.as_bytes());
        assert_eq!(list.rows, []);
        assert_eq!(list.errors[0].line, 2);
        assert_eq!(list.errors[0].problem, RowProblem::Name(AccountRuleError::InvalidName));
    }

    #[test]
    fn one_student_number_for_two_people_is_an_error_on_the_second_line() {
        let file = format!("{HEADER}0100001;An;Peeters;an@example.be\r\n0100001;Bo;Maes;bo@example.be\r\n");
        let list = parse_student_list(file.as_bytes());
        assert_eq!(names(&list), ["An Peeters"]);
        assert_eq!(list.errors[0].line, 3);
        assert_eq!(
            list.errors[0].problem,
            RowProblem::RepeatedNumber { number: "0100001".into(), first_line: 2 }
        );
    }

    #[test]
    fn a_binary_file_is_refused_at_line_one() {
        let list = parse_student_list(b"PK\x03\x04\x00\x00\x08\x00");
        assert_eq!(list.errors[0].line, 1);
        assert_eq!(list.errors[0].problem, RowProblem::NotText(text::TextError::Binary));
    }
}
