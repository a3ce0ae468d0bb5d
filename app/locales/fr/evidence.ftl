# evidence
