# cohort
