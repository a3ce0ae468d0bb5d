# assessment
