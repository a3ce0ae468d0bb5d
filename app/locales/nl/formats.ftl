# How values are written (app/src/format.rs).

format-date-time = { $date } om { $time }
