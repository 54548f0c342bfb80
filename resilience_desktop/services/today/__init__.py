"""The Today tab's queries (Qt-free): one snapshot of the day, the one-tap
mood check-in, and a suggested practice drawn from the person's own data."""
