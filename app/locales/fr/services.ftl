# services
