-- The number a centre knows a student by, as imported with the student list.
alter table account add column student_number text;
