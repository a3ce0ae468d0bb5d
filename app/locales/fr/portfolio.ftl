# portfolio
