# Comment les valeurs s’écrivent (app/src/format.rs).

format-date-time = { $date } à { $time }
