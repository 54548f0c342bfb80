"""The support network: people, groups, contacts, stay-in-touch status, vCard import."""
