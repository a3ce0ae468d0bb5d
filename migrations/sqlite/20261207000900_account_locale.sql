-- The language each person reads Vaardig in (i18n::Locale): `nl`, `fr` or `en`. Empty until they
-- choose one; until then their browser's Accept-Language decides. E-mails to them use it too.
alter table account add column locale text check (locale in ('nl', 'fr', 'en'));
